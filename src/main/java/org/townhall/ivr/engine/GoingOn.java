package org.townhall.ivr.engine;

import java.util.ArrayList;
import java.util.List;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.Transcript;

/**
 * Callers pause in the middle of a request ("Hello, yes, it's Mrs Hughes on Ford Road … the bins weren't taken"):
 * the turn ends at the pause, and the caller goes on talking over the next prompt. Streamed, that speech is heard
 * (it stops the prompt). It is the rest of the same request: joined to what the last turn heard, it is decided on as
 * one answer, rather than taken for a yes, a no or a new answer.
 */
public final class GoingOn {
    /**
     * Speech heard this soon after a turn began was started before the caller could take in its prompt: the caller
     * is going on, not answering it.
     */
    static final long AT_ONCE_MS = 1000;
    /**
     * Speech heard this soon after a question began ("Roads and street lighting, is that right?") was begun before
     * the caller heard a word of it: it is no answer to it, even when it holds a "right" or a "no".
     */
    static final long ALREADY_TALKING_MS = 500;
    /** Where the rest is placed after what was heard before, in seconds (the pause is not known, and does not count). */
    private static final double PAUSE_SECONDS = 0.5;

    private GoingOn() {
    }

    /** True when speech heard {@code msToSpeech} into a turn goes on with the last turn's answer (-1: unknown). */
    public static boolean goesOn(long msToSpeech) {
        return msToSpeech >= 0 && msToSpeech < AT_ONCE_MS;
    }

    /** True when speech heard {@code msToSpeech} into a question was begun before it (-1: unknown). */
    public static boolean alreadyTalking(long msToSpeech) {
        return msToSpeech >= 0 && msToSpeech < ALREADY_TALKING_MS;
    }

    /**
     * One answer from what the last turn heard and what the next heard: each reading of {@code before} followed by
     * the rest as read the same way (free-form or the menu's phrases), else as the rest's best reading. The line
     * counts as noisy when either part was.
     */
    public static List<Recognition.Reading> joined(List<Recognition.Reading> before, List<Recognition.Reading> rest) {
        if (before.isEmpty() || rest.isEmpty()) {
            return before.isEmpty() ? rest : before;
        }
        List<Recognition.Reading> joined = new ArrayList<>();
        for (Recognition.Reading first : before) {
            Recognition.Reading then = rest.stream().filter(r -> r.freeForm() == first.freeForm()).findFirst()
                    .orElse(rest.get(0));
            joined.add(new Recognition.Reading(joined(first.transcript(), then.transcript()), first.freeForm(),
                    first.noisyLine() || then.noisyLine()));
        }
        return joined;
    }

    /**
     * The decision once the caller went on over "Roads, is that right?": the one on the whole request, except that a
     * transfer elsewhere than the department asked about becomes a question (the start of the request pointed
     * elsewhere), and a whole that is not understood leaves the question as it was.
     */
    public static SpeechDecision overConfirmation(SpeechDecision asked, SpeechDecision whole) {
        if (whole.kind() == SpeechDecision.Kind.NOT_UNDERSTOOD) {
            return asked;
        }
        if (whole.kind() == SpeechDecision.Kind.ROUTE && !whole.intent().equals(asked.intent())) {
            return new SpeechDecision(SpeechDecision.Kind.CONFIRM, whole.intent(), whole.score(), whole.basis());
        }
        return whole;
    }

    /**
     * What the next turn's words make of an answer that was not routed: over "Roads, is that right?" a yes, a no,
     * nothing usable (the question stands) or the request going on ({@link #overConfirmation}); over "Sorry, … why
     * are you calling?", the rest of what was not understood when heard at once, else a second answer (reply null).
     *
     * @param msToRest when the next turn first heard the caller, in ms from its start (-1: unknown)
     */
    public static Rest afterRest(SpeechDecision first, List<Recognition.Reading> before,
                                 List<Recognition.Reading> rest, long msToRest, String language,
                                 IntentMatcher departments, MeaningMatcher meaning) {
        if (first.kind() == SpeechDecision.Kind.NOT_UNDERSTOOD) {
            return new Rest(null, SpeechDecision.of(departments, meaning, goesOn(msToRest) ? joined(before, rest) : rest));
        }
        ConfirmationAnswer reply = ConfirmationAnswer.of(language, rest, alreadyTalking(msToRest));
        return new Rest(reply, reply != ConfirmationAnswer.WENT_ON ? first
                : overConfirmation(first, SpeechDecision.of(departments, meaning, joined(before, rest))));
    }

    /**
     * @param reply    the reply to the confirmation (null: the turn was the second "why are you calling?")
     * @param decision the decision on the answer now
     */
    public record Rest(ConfirmationAnswer reply, SpeechDecision decision) {
    }

    private static Transcript joined(Transcript first, Transcript then) {
        List<Transcript.Word> words = new ArrayList<>(first.words());
        double offset = first.words().isEmpty() ? 0
                : first.words().get(first.words().size() - 1).endSeconds() + PAUSE_SECONDS;
        then.words().forEach(w -> words.add(new Transcript.Word(w.word(), w.confidence(), w.endSeconds() + offset)));
        return new Transcript((first.text() + " " + then.text()).strip(), words, List.of());
    }
}
