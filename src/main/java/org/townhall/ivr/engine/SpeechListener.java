package org.townhall.ivr.engine;

import java.util.List;
import java.util.Map;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.Vocabulary;

/**
 * One speech turn: plays its prompts one after the other (keys interrupt them), listens to the caller, recognises
 * what they said with its vocabulary. One implementation per media mode (Asterisk records a file / AudioSocket
 * streams; there the caller is heard from the first prompt on, so speech interrupts them too).
 */
public interface SpeechListener {
    /** True when callers in this language can be understood (a model is loaded). */
    boolean understands(String language);

    Heard listen(CallChannel channel, String callId, String language, List<Sound> prompts, String keys,
                 Vocabulary vocabulary);

    /** What answers in {@code language} mean against {@code intents} (intent → phrases); no opinion by default. */
    default MeaningMatcher meaning(String language, Map<String, List<String>> intents) {
        return MeaningMatcher.none();
    }

    /** Speech switched off: every menu is a key menu. */
    SpeechListener NONE = new SpeechListener() {
        @Override
        public boolean understands(String language) {
            return false;
        }

        @Override
        public Heard listen(CallChannel channel, String callId, String language, List<Sound> prompts, String keys,
                            Vocabulary vocabulary) {
            throw new IllegalStateException("speech is switched off");
        }
    };
}
