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
 * best, about half a core per live turn, so at most one per core at a time). The audio is analysed once per answer
 * (speech, pauses, line noise) and decoded both ways. {@link SpeechDecision} routes on their agreement.
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
     * Encodes the phrases and example requests of every spoken menu of {@code townHall} now (under 2 s for the demo's;
     * after a publish, only new ones), so that no caller waits for it during an answer.
     */
    public void prepare(org.townhall.ivr.config.TownHall townHall) {
        long start = System.nanoTime();
        int sentences = 0;
        for (org.townhall.ivr.config.Node node : townHall.menu().nodes().values()) {
            if (node instanceof org.townhall.ivr.config.Node.Menu menu && menu.speechPrompt().isPresent()) {
                for (String language : meanings.languages()) {
                    var lists = SpeechIntents.meanings(menu, townHall, language);
                    meanings.matcher(language, lists);
                    sentences += lists.values().stream().mapToInt(List::size).sum();
                }
            }
        }
        if (sentences > 0) {
            log.info("meaning check ready: {} phrases and example requests in {} ms", sentences,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** What answers in {@code language} mean, against {@code intents} (intent → phrases). */
    MeaningMatcher meaning(String language, java.util.Map<String, List<String>> intents) {
        return meanings.matcher(language, intents);
    }

    boolean understands(String language) {
        return recognizer.languages().contains(language);
    }

    /**
     * Starts recognising one answer; close the turn to give its budget back. A closed answer that may instead be the
     * rest of a request ({@link Vocabulary#goingOn()}) gets a third reading, with that request's phrases.
     */
    public Turn start(String language, Vocabulary vocabulary) {
        boolean freeForm = freeFormSlots.tryAcquire();
        List<Vocabulary> passes = new ArrayList<>();
        if (freeForm || vocabulary.isFreeForm()) {
            passes.add(Vocabulary.FREE_FORM);
        }
        if (!vocabulary.isFreeForm()) {
            passes.add(vocabulary.alone());
        }
        vocabulary.goingOnAnswer().ifPresent(passes::add);
        try {
            return new Turn(recognizer.start(language, passes), freeForm, vocabulary, passes);
        } catch (RuntimeException e) {
            if (freeForm) {
                freeFormSlots.release();
            }
            throw e;
        }
    }

    /** One answer being recognised, in one to three ways (free-form first), from the same audio. */
    public final class Turn implements AutoCloseable {
        private final SpeechRecognizer.Utterance utterance;
        /** The first reading is the free-form one, which holds one of the budget's slots. */
        private final boolean freeFormSlot;
        private final Vocabulary vocabulary;
        private final List<Vocabulary> passes;
        private long fedSamples;
        /** The pause last judged (where it started, ms into the turn) and whether the answer before it may be whole. */
        private long judgedPauseAt = -1;
        private boolean couldBeWhole;
        private boolean closed;

        private Turn(SpeechRecognizer.Utterance utterance, boolean freeFormSlot, Vocabulary vocabulary,
                     List<Vocabulary> passes) {
            this.utterance = utterance;
            this.freeFormSlot = freeFormSlot;
            this.vocabulary = vocabulary;
            this.passes = List.copyOf(passes);
        }

        /**
         * Feeds 8 kHz audio; true once the caller finished speaking. In an open answer, a pause after a bare greeting
         * ("Hi, … yes, hello, …") or in the middle of a phrase ("about the …") gives the caller up to
         * {@link #LONGEST_PAUSE_MS} to go on.
         */
        public boolean accept(short[] samples, int length) {
            fedSamples += length;
            boolean paused = utterance.accept(samples, length);
            if (!paused || !vocabulary.openAnswer()) {
                return paused;
            }
            long quiet = utterance.quietMillis();
            long pauseAt = fedSamples / 8 - quiet;
            if (Math.abs(pauseAt - judgedPauseAt) > 20) { // a new pause (not the same one, ±1 frame): judge it once
                judgedPauseAt = pauseAt;
                couldBeWhole = !unfinished();
            }
            return couldBeWhole || quiet >= LONGEST_PAUSE_MS;
        }

        /**
         * At a pause: nothing asked yet in the leading reading (the phrase reading invents words under noise), or a
         * phrase cut short in every reading (one misheard ending, "enrolment" as "rome and", is not enough). On a
         * clean line, a short answer the phrase reading decoded again, adapted to the voice, is believed when it asks
         * for something: "bins" read "on" free-form is not left waiting for more.
         */
        private boolean unfinished() {
            List<SpeechRecognizer.SoFar> soFar = utterance.heardSoFar();
            String lead = soFar.get(0).text();
            String other = soFar.size() > 1 ? soFar.get(1).text() : lead;
            boolean heardAgainAsking = !utterance.noisyLine() && soFar.stream()
                    .anyMatch(s -> s.decodedAgain() && !AnswerSoFar.asksNothingYet(s.text()));
            return AnswerSoFar.asksNothingYet(lead) && !heardAgainAsking
                    || AnswerSoFar.endsMidPhrase(lead) && AnswerSoFar.endsMidPhrase(other);
        }

        public boolean heardSpeech() {
            return utterance.heardSpeech();
        }

        /** The readings, free-form first when there is one; empty ones dropped. */
        public List<Reading> finish() {
            boolean noisy = utterance.noisyLine();
            List<Transcript> transcripts = utterance.finishAll();
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < transcripts.size(); i++) {
                Vocabulary pass = passes.get(i);
                readings.add(new Reading(transcripts.get(i), pass.isFreeForm(), noisy, pass.isClosed()));
            }
            readings.removeIf(r -> r.transcript().isEmpty());
            readings.forEach(r -> log.info("heard ({}): '{}' confidence {}",
                    r.freeForm() ? "free-form" : r.closed() ? "answers" : "phrases",
                    r.transcript().text(), String.format(Locale.ROOT, "%.2f", r.transcript().confidence())));
            return readings;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                try {
                    utterance.close();
                } finally {
                    if (freeFormSlot) {
                        freeFormSlots.release();
                    }
                }
            }
        }
    }

    /**
     * What one recognizer made of an answer.
     *
     * @param freeForm  read without phrases
     * @param noisyLine the line was noisy throughout the answer: what was heard is less certain
     * @param closed    read as one of a closed list of answers (yes or no): it names one of them, whatever was said
     */
    public record Reading(Transcript transcript, boolean freeForm, boolean noisyLine, boolean closed) {
        /** A free-form reading, or one with the phrases of an open answer. */
        public Reading(Transcript transcript, boolean freeForm, boolean noisyLine) {
            this(transcript, freeForm, noisyLine, false);
        }
    }
}
