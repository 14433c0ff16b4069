package org.townhall.ivr.engine;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.speech.SpeechRecognizer;
import org.townhall.ivr.speech.Transcript;

/**
 * Speech recognition within a CPU budget shared by every call: free-form recognition reads callers best but costs
 * about half a core per live turn, so at most one runs per core at a time; beyond that a turn is recognised with
 * the menu's phrases (≈ 30× cheaper).
 */
public final class Recognition {
    private static final Logger log = LoggerFactory.getLogger(Recognition.class);

    private final SpeechRecognizer recognizer;
    private final Semaphore freeFormSlots;

    public Recognition(SpeechRecognizer recognizer) {
        this(recognizer, Runtime.getRuntime().availableProcessors());
    }

    Recognition(SpeechRecognizer recognizer, int freeFormSlots) {
        this.recognizer = recognizer;
        this.freeFormSlots = new Semaphore(freeFormSlots);
    }

    boolean understands(String language) {
        return recognizer.languages().contains(language);
    }

    /** Starts recognising one answer; close the turn to give its budget back. */
    Turn start(String language, List<String> phrases) {
        boolean freeForm = freeFormSlots.tryAcquire();
        try {
            return new Turn(recognizer.start(language, freeForm ? List.of() : phrases), freeForm);
        } catch (RuntimeException e) {
            if (freeForm) {
                freeFormSlots.release();
            }
            throw e;
        }
    }

    /** One answer being recognised. */
    final class Turn implements AutoCloseable {
        private final SpeechRecognizer.Utterance utterance;
        private final boolean freeForm;
        private boolean closed;

        private Turn(SpeechRecognizer.Utterance utterance, boolean freeForm) {
            this.utterance = utterance;
            this.freeForm = freeForm;
        }

        SpeechRecognizer.Utterance utterance() {
            return utterance;
        }

        /** The final transcript, logged. */
        Transcript finish() {
            Transcript transcript = utterance.finish();
            log.info("heard ({}): '{}' confidence {}", freeForm ? "free-form" : "grammar", transcript.text(),
                    String.format(Locale.ROOT, "%.2f", transcript.confidence()));
            return transcript;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                utterance.close();
                if (freeForm) {
                    freeFormSlots.release();
                }
            }
        }
    }
}
