package org.townhall.ivr.speech;

import java.util.List;
import java.util.Set;

/** Turns a caller's speech (8 kHz telephone audio) into text, locally. One implementation per engine (Vosk). */
public interface SpeechRecognizer extends AutoCloseable {
    /** Languages with a usable model. */
    Set<String> languages();

    /**
     * Starts recognising one utterance. With phrases, recognition is biased to them (plus the language's everyday
     * sentences for an open answer, and unknown words): fast and robust for a menu; without, free-form.
     */
    default Utterance start(String language, Vocabulary vocabulary) {
        return start(language, List.of(vocabulary));
    }

    /**
     * Starts recognising one utterance in several ways at once, one reading per vocabulary: the caller's audio is
     * analysed once (speech, pauses, line noise) and each recognizer decodes it. The first vocabulary leads: its
     * recognizer's own end of utterance may end the turn.
     */
    Utterance start(String language, List<Vocabulary> vocabularies);

    @Override
    void close();

    /**
     * What one reading heard up to a pause.
     *
     * @param decodedAgain a short answer decoded a second time, once adapted to the caller's voice, up to the caller's
     *                     last sound: read better than as it came
     */
    record SoFar(String text, boolean decodedAgain) {
    }

    /** One utterance being recognised; feed it audio as it arrives. Not thread-safe; close it when done. */
    interface Utterance extends AutoCloseable {
        /**
         * Feeds 8 kHz samples; returns true while the caller is quiet after speaking, from the moment the pause may end
         * the turn: 500 ms of quiet, or the leading recognizer's own end of utterance.
         */
        boolean accept(short[] samples, int length);

        /** True once some speech was heard (for barge-in). */
        boolean heardSpeech();

        /** Milliseconds of quiet since the caller last made a sound (0 while speaking or before any speech). */
        long quietMillis();

        /**
         * The text recognised so far, final, per reading in the order of the vocabularies: call it at a pause, to
         * judge whether the pause ends the answer. Speech after it is recognised as a new segment, as after the
         * recognizer's own end of utterance. A short answer a reading decoded again, adapted to the caller's voice,
         * is given as decoded again.
         */
        List<SoFar> heardSoFar();

        /**
         * True when the line was noisy throughout the turn (never as quiet as a clean line between words): what was
         * recognised is less certain. Valid until {@link #finish()}.
         */
        boolean noisyLine();

        /** The final readings, one per vocabulary, in their order; no more audio may be fed afterwards. */
        List<Transcript> finishAll();

        /** The final reading of the first vocabulary (of the only one, for a one-way utterance). */
        default Transcript finish() {
            return finishAll().get(0);
        }

        @Override
        void close();
    }
}
