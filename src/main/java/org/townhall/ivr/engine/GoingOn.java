package org.townhall.ivr.engine;

import java.util.ArrayList;
import java.util.List;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.Transcript;

/**
 * Callers pause in the middle of a request ("Hello, yes, it's Mrs Hughes on Ford Road … the bins weren't taken"):
 * the turn ends at the pause, and the caller goes on talking over the next prompt. Streamed, that speech is heard
 * (it stops the prompt). Unless it is a reply to the question, it is the rest of the same request: joined to what
 * the last turn heard, it is decided on as one answer. A reply may also correct the answer: "No, it's about my bins".
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
     * the rest as read the same way (free-form or the menu's phrases); a reading with no such rest stays as it was
     * (the rest is not counted twice, as two readings agreeing). When no two readings are read the same way, the
     * leading ones are joined, free-form only when both are. The line counts as noisy when either part was.
     */
    public static List<Recognition.Reading> joined(List<Recognition.Reading> before, List<Recognition.Reading> rest) {
        if (before.isEmpty() || rest.isEmpty()) {
            return before.isEmpty() ? rest : before;
        }
        boolean paired = before.stream().anyMatch(b -> rest.stream().anyMatch(r -> sameWay(r, b)));
        if (!paired) {
            List<Recognition.Reading> joined = new ArrayList<>(before);
            joined.set(0, joined(before.get(0), rest.get(0)));
            return joined;
        }
        List<Recognition.Reading> joined = new ArrayList<>();
        for (Recognition.Reading first : before) {
            joined.add(rest.stream().filter(r -> sameWay(r, first)).findFirst()
                    .map(then -> joined(first, then)).orElse(first));
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
     * What a reply to "Roads, is that right?" makes of the answer asked about: when the caller went on, the whole
     * request ({@link #overConfirmation}); when they said no and what the request is ("No, it's about my bins") and
     * that is another department, that request; else the answer as it was ({@link Rest#changed} false: the yes, no
     * or nothing settles it). The reply's yes/no reading is never taken as words of the request.
     */
    public static Rest afterReply(SpeechDecision asked, List<Recognition.Reading> before, ConfirmationAnswer reply,
                                  List<Recognition.Reading> heard, IntentMatcher departments, MeaningMatcher meaning) {
        // the reply's yes/no reading carries no request: its free-form reading and its reading with the request's
        // phrases do
        List<Recognition.Reading> said = heard.stream().filter(r -> !r.closed()).toList();
        if (reply == ConfirmationAnswer.WENT_ON && !said.isEmpty()) {
            List<Recognition.Reading> whole = joined(before, said);
            return new Rest(reply, overConfirmation(asked, SpeechDecision.of(departments, meaning, whole)), whole, true);
        }
        // after a no, only free-form words say what the request is (the phrases would make one of a bare "no")
        List<Recognition.Reading> saidFreely = said.stream().filter(Recognition.Reading::freeForm).toList();
        if (reply == ConfirmationAnswer.NO && !saidFreely.isEmpty()) {
            SpeechDecision instead = SpeechDecision.of(departments, meaning, saidFreely);
            if (instead.kind() != SpeechDecision.Kind.NOT_UNDERSTOOD && !instead.intent().equals(asked.intent())) {
                return new Rest(reply, instead, saidFreely, true);
            }
        }
        return new Rest(reply, asked, before, false);
    }

    /**
     * What the next turn's words make of an answer that was not routed, heard {@code msToRest} into that turn (-1:
     * unknown): over "Roads, is that right?", the reply ({@link ConfirmationAnswer#of}) and {@link #afterReply}; over
     * "Sorry, … why are you calling?", the rest of what was not understood when heard at once, else a second answer
     * (reply null).
     */
    public static Rest afterRest(SpeechDecision first, List<Recognition.Reading> before,
                                 List<Recognition.Reading> rest, long msToRest, String language,
                                 IntentMatcher departments, MeaningMatcher meaning) {
        if (first.kind() == SpeechDecision.Kind.NOT_UNDERSTOOD) {
            List<Recognition.Reading> answer = goesOn(msToRest) ? joined(before, rest) : rest;
            return new Rest(null, SpeechDecision.of(departments, meaning, answer), answer, true);
        }
        return afterReply(first, before, ConfirmationAnswer.of(language, rest, alreadyTalking(msToRest)), rest,
                departments, meaning);
    }

    /**
     * @param reply    the reply to the confirmation (null: the turn was the second "why are you calling?")
     * @param decision the decision on the answer now
     * @param readings what it rests on
     * @param changed  true when the reply made a new answer (decision and readings), to route or ask about
     */
    public record Rest(ConfirmationAnswer reply, SpeechDecision decision, List<Recognition.Reading> readings,
                       boolean changed) {
        /**
         * How it ends for a caller who meant {@code meant} ("none": no department) and answers any further question
         * truthfully, as benchmarks count it: a new answer as decided; a reply taken for a yes is a transfer to the
         * department asked about, confirmed when it is the one meant, else wrong; a reply taken for a no leaves the
         * spoken menu; nothing usable leaves the question as it was.
         */
        public SpeechDecision endFor(String meant) {
            if (changed || reply == null || reply == ConfirmationAnswer.NOTHING || reply == ConfirmationAnswer.WENT_ON) {
                return decision;
            }
            if (reply == ConfirmationAnswer.NO) {
                return new SpeechDecision(SpeechDecision.Kind.NOT_UNDERSTOOD, null, 0);
            }
            return new SpeechDecision(meant.equals(decision.intent()) ? SpeechDecision.Kind.CONFIRM
                    : SpeechDecision.Kind.ROUTE, decision.intent(), decision.score(), decision.basis());
        }
    }

    /** Read the same way: both free-form, both with an open answer's phrases, or both closed. */
    private static boolean sameWay(Recognition.Reading a, Recognition.Reading b) {
        return a.freeForm() == b.freeForm() && a.closed() == b.closed();
    }

    private static Recognition.Reading joined(Recognition.Reading first, Recognition.Reading then) {
        List<Transcript.Word> words = new ArrayList<>(first.transcript().words());
        double offset = words.isEmpty() ? 0 : words.get(words.size() - 1).endSeconds() + PAUSE_SECONDS;
        then.transcript().words().forEach(w -> words.add(new Transcript.Word(w.word(), w.confidence(),
                w.endSeconds() + offset)));
        Transcript text = new Transcript((first.transcript().text() + " " + then.transcript().text()).strip(), words,
                List.of());
        return new Recognition.Reading(text, first.freeForm() && then.freeForm(), first.noisyLine() || then.noisyLine(),
                first.closed() && then.closed());
    }
}
