package org.townhall.ivr.speech;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How callers' speech reaches the recognizer.
 *
 * @param mode            {@code off}; {@code files}: Asterisk records each answer into a directory this server
 *                        reads (any Asterisk); {@code audiosocket}: audio streamed live (Asterisk 18 or later)
 * @param modelsDirectory one Vosk model per language, {@code <dir>/<lang>/}
 * @param meaning         whether answers are also understood by meaning (a sentence model per language: about
 *                        190 MB of memory for English); off: by the menu's phrases alone
 */
public record SpeechConfig(Mode mode, Path modelsDirectory, boolean meaning) {
    /** Speech with the meaning check on. */
    public SpeechConfig(Mode mode, Path modelsDirectory) {
        this(mode, modelsDirectory, true);
    }

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
