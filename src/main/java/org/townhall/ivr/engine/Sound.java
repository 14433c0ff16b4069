package org.townhall.ivr.engine;

/** A sound Asterisk can play: a path as Asterisk sees it, without extension ({@code /var/…/en/main}, {@code beep}). */
public record Sound(String path) {
    public Sound {
        if (path.isBlank() || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("sound path must be one line of text: '" + path + "'");
        }
    }
}
