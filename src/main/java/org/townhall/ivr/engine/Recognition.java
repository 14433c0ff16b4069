package org.townhall.ivr.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.speech.AnswerSoFar;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.SentenceMeanings;
import org.townhall.ivr.speech.SpeechRecognizer;
import org.townhall.ivr.speech.Transcript;
import org.townhall.ivr.speech.Vocabulary;

/**
 * Speech recognition within a CPU budget shared by every call. Each answer is recognised twice when the budget
 * allows: with the menu's phrases (cheap, finds keywords, but invents some under noise) and free-form (reads callers
 * best, about half a core per live turn, so at most one per core at a time). {@link SpeechDecision} routes on their
 * agreement.
 */
public final class Recognition {
    private static final Logger log = LoggerFactory.getLogger(Recognition.class);

    /**
     * How long a caller may pause in an unfinished answer (a bare greeting, a hesitation after "about the") before
     * the turn ends; any other pause ends it after 500 ms.
     */
    static final long LONGEST_PAUSE_MS = 1500;

    private final SpeechRecognizer recognizer;
    private final SentenceMeanings meanings;
    private final Semaphore freeFormSlots;

    public Recognition(SpeechRecognizer recognizer, SentenceMeanings meanings) {
        this(recognizer, meanings, Runtime.getRuntime().availableProcessors());
    }

    /** @param freeFormSlots free-form recognitions allowed at once (0: phrases only) */
    public Recognition(SpeechRecognizer recognizer, SentenceMeanings meanings, int freeFormSlots) {
        this.recognizer = recognizer;
        this.meanings = meanings;
        this.freeFormSlots = new Semaphore(freeFormSlots);
    }

    /**
     * Encodes the phrases of every spoken menu of {@code townHall} now (about a second for the demo's, new phrases
     * only after a publish), so that no caller waits for it during an answer.
     */
    public void prepare(org.townhall.ivr.config.TownHall townHall) {
        for (org.townhall.ivr.config.Node node : townHall.menu().nodes().values()) {
            if (node instanceof org.townhall.ivr.config.Node.Menu menu && menu.speechPrompt().isPresent()) {
                for (String language : meanings.languages()) {
                    meanings.matcher(language, SpeechIntents.intents(menu, townHall, language));
                }
            }
        }
    }

    /** What answers in {@code language} mean, against {@code intents} (intent → phrases). */
    MeaningMatcher meaning(String language, java.util.Map<String, List<String>> intents) {
        return meanings.matcher(language, intents);
    }

    boolean understands(String language) {
        return recognizer.languages().contains(language);
    }

    /** Starts recognising one answer; close the turn to give its budget back. */
    public Turn start(String language, Vocabulary vocabulary) {
        boolean freeForm = freeFormSlots.tryAcquire();
        SpeechRecognizer.Utterance free = null;
        try {
            free = freeForm ? recognizer.start(language, Vocabulary.FREE_FORM) : null;
            SpeechRecognizer.Utterance grammar = vocabulary.isFreeForm() ? null : recognizer.start(language, vocabulary);
            if (free == null && grammar == null) {
                grammar = recognizer.start(language, Vocabulary.FREE_FORM);
            }
            return new Turn(free, grammar, vocabulary.openAnswer());
        } catch (RuntimeException e) {
            if (free != null) {
                free.close();
            }
            if (freeForm) {
                freeFormSlots.release();
            }
            throw e;
        }
    }

    /** One answer being recognised, by one or two recognizers fed the same audio. */
    public final class Turn implements AutoCloseable {
        private final SpeechRecognizer.Utterance free;
        private final SpeechRecognizer.Utterance grammar;
        private final boolean openAnswer;
        private long fedSamples;
        /** The pause last judged (where it started, ms into the turn) and whether the answer before it may be whole. */
        private long judgedPauseAt = -1;
        private boolean couldBeWhole;
        private boolean closed;

        private Turn(SpeechRecognizer.Utterance free, SpeechRecognizer.Utterance grammar, boolean openAnswer) {
            this.free = free;
            this.grammar = grammar;
            this.openAnswer = openAnswer;
        }

        /**
         * Feeds 8 kHz audio; true once the caller finished speaking. In an open answer, a pause after a bare greeting
         * ("Hi, … yes, hello, …") or in the middle of a phrase ("about the …") gives the caller up to
         * {@link #LONGEST_PAUSE_MS} to go on.
         */
        public boolean accept(short[] samples, int length) {
            fedSamples += length;
            boolean paused = false;
            if (free != null) {
                paused = free.accept(samples, length);
            }
            if (grammar != null) {
                boolean grammarPaused = grammar.accept(samples, length);
                paused = free == null ? grammarPaused : paused;
            }
            if (!paused || !openAnswer) {
                return paused;
            }
            long quiet = (free != null ? free : grammar).quietMillis();
            long pauseAt = fedSamples / 8 - quiet;
            if (Math.abs(pauseAt - judgedPauseAt) > 20) { // a new pause (not the same one, ±1 frame): judge it once
                judgedPauseAt = pauseAt;
                couldBeWhole = !unfinished();
            }
            return couldBeWhole || quiet >= LONGEST_PAUSE_MS;
        }

        /**
         * At a pause: nothing asked yet in the leading reading (the phrase reading invents words under noise), or a
         * phrase cut short in every reading (one misheard ending, "enrolment" as "rome and", is not enough).
         */
        private boolean unfinished() {
            String lead = (free != null ? free : grammar).heardSoFar();
            String other = free != null && grammar != null ? grammar.heardSoFar() : lead;
            return AnswerSoFar.asksNothingYet(lead) || AnswerSoFar.endsMidPhrase(lead) && AnswerSoFar.endsMidPhrase(other);
        }

        public boolean heardSpeech() {
            return (free != null ? free : grammar).heardSpeech();
        }

        /** The readings, free-form first when there is one; empty ones dropped. */
        public List<Reading> finish() {
            List<Reading> readings = new ArrayList<>();
            if (free != null) {
                boolean noisy = free.noisyLine();
                readings.add(new Reading(free.finish(), true, noisy));
            }
            if (grammar != null) {
                boolean noisy = grammar.noisyLine();
                readings.add(new Reading(grammar.finish(), false, noisy));
            }
            readings.removeIf(r -> r.transcript().isEmpty());
            readings.forEach(r -> log.info("heard ({}): '{}' confidence {}", r.freeForm() ? "free-form" : "phrases",
                    r.transcript().text(), String.format(Locale.ROOT, "%.2f", r.transcript().confidence())));
            return readings;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (grammar != null) {
                    grammar.close();
                }
                if (free != null) {
                    free.close();
                    freeFormSlots.release();
                }
            }
        }
    }

    /** What one recognizer made of an answer. */
    /** @param noisyLine the line was noisy throughout the answer: what was heard is less certain */
    public record Reading(Transcript transcript, boolean freeForm, boolean noisyLine) {
    }
}
