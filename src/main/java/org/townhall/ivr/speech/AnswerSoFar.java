package org.townhall.ivr.speech;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether what a caller said before a pause can be the whole answer. Callers often open with a greeting and a pause
 * ("Hi, … yes, hello, …", "Bonjour, euh, …"), or hesitate in the middle of a phrase ("I'm calling about the … the
 * bins"); a turn that ended at such a pause would route on "hi" or "about the" and lose the request.
 */
public final class AnswerSoFar {
    /** Openings that are not filler words for matching but still ask for nothing, English and French. */
    private static final Set<String> OPENINGS = Stream.of(
            "yes", "yeah", "yep", "hey", "good", "morning", "afternoon", "evening", "oh", "ok", "okay", "well", "right",
            "erm", "hmm", "mm", "ah", "oui", "allo", "bonsoir", "ben", "bah", "voila", "ecoutez", "ouais",
            "bon", "hein").map(Words::stem).collect(Collectors.toUnmodifiableSet());
    /** Words a sentence does not end on (articles, possessives, prepositions, conjunctions, hesitations). */
    private static final Set<String> GOES_ON = Set.of(
            "the", "a", "an", "my", "your", "our", "their", "and", "but", "or", "to", "of", "with", "for", "about",
            "because", "from", "at", "um", "uh", "er", "erm",
            "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "mon", "ma", "mes", "notre", "votre", "et", "mais",
            "ou", "pour", "avec", "au", "aux", "sur", "dans", "parce", "que", "qu", "euh");

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

    /** How many words of the text ask for something: neither fillers nor greetings and openings. */
    public static int meaningfulWords(String text) {
        return (int) Words.content(text).stream().filter(w -> !OPENINGS.contains(w)).count();
    }

    /** True when the text's last word is one a sentence does not end on ("about the", "my bin and"). */
    public static boolean endsMidPhrase(String text) {
        List<String> tokens = Words.tokens(text);
        return !tokens.isEmpty() && GOES_ON.contains(tokens.get(tokens.size() - 1));
    }
}
