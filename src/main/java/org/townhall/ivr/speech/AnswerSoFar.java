package org.townhall.ivr.speech;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether what a caller said so far asks for anything yet. Callers often open with a greeting and a pause ("Hi, …
 * yes, hello, …", "Bonjour, euh, …") before the request itself; a turn that ended at that pause would route on
 * "hi" and lose the request. Used to tell such a pause from the end of the answer.
 */
public final class AnswerSoFar {
    /** Openings that are not filler words for matching but still ask for nothing, English and French. */
    private static final Set<String> OPENINGS = Stream.of(
            "yes", "yeah", "yep", "hey", "good", "morning", "afternoon", "evening", "oh", "ok", "okay", "well", "right",
            "erm", "hmm", "mm", "sorry", "ah", "oui", "allo", "bonsoir", "ben", "bah", "voila", "ecoutez", "ouais",
            "bon", "hein", "pardon").map(Words::stem).collect(Collectors.toUnmodifiableSet());

    private AnswerSoFar() {
    }

    /** True when the text holds no word beyond greetings, fillers and the ways a sentence starts (or nothing). */
    public static boolean asksNothingYet(String text) {
        for (String word : Words.content(text)) {
            if (!OPENINGS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
