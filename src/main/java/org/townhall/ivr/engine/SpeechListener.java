package org.townhall.ivr.engine;

import java.util.List;

/**
 * One speech turn: plays a prompt (keys interrupt it), listens to the caller, recognises what they said
 * among {@code phrases}. One implementation per media mode (Asterisk records a file / AudioSocket streams).
 */
public interface SpeechListener {
    /** True when callers in this language can be understood (a model is loaded). */
    boolean understands(String language);

    Heard listen(CallChannel channel, String callId, String language, Sound prompt, String keys, List<String> phrases);

    /** Speech switched off: every menu is a key menu. */
    SpeechListener NONE = new SpeechListener() {
        @Override
        public boolean understands(String language) {
            return false;
        }

        @Override
        public Heard listen(CallChannel channel, String callId, String language, Sound prompt, String keys,
                            List<String> phrases) {
            throw new IllegalStateException("speech is switched off");
        }
    };
}
