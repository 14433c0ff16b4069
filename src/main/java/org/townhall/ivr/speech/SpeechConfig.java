package org.townhall.ivr.speech;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How callers' speech reaches the recognizer.
 *
 * @param mode            {@code off}; {@code files}: Asterisk records each answer into a directory this server
 *                        reads (any Asterisk); {@code audiosocket}: audio streamed live (Asterisk 18 or later)
 * @param modelsDirectory one Vosk model per language, {@code <dir>/<lang>/}
 */
public record SpeechConfig(Mode mode, Path modelsDirectory) {
    public enum Mode {
        OFF, FILES, AUDIOSOCKET;

        public static Mode parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("speech mode '" + text + "' must be off, files or audiosocket", e);
            }
        }
    }

    public SpeechConfig {
        if (mode == null || modelsDirectory == null) {
            throw new IllegalArgumentException("speech mode and models directory must be set");
        }
    }
}
