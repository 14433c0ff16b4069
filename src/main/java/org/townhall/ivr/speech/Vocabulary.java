package org.townhall.ivr.speech;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one turn listens for. An open answer ("in a few words, why are you calling?") is said in the caller's own
 * words around the phrases that matter, so the language's everyday sentences join the phrases; a closed answer
 * (yes or no, digits) is one of the phrases. No phrases at all: free-form recognition.
 *
 * @param phrases      the phrases expected, in the call's language
 * @param openAnswer   true when callers answer in their own words
 * @param shortAnswers answers complete on their own, said alone ("yes", "no"): the turn ends at the first pause after
 *                     one, whereas an open answer gives a caller who said nothing yet ("yes, hello, …") time to go on
 */
public record Vocabulary(List<String> phrases, boolean openAnswer, List<String> shortAnswers) {
    public static final Vocabulary FREE_FORM = new Vocabulary(List.of(), false, List.of());

    public Vocabulary {
        phrases = List.copyOf(phrases);
        shortAnswers = List.copyOf(shortAnswers);
    }

    /** Callers answer in their own words; these phrases are what routes them. */
    public static Vocabulary openAnswer(List<String> phrases) {
        return new Vocabulary(phrases, true, List.of());
    }

    /** Callers answer with one of these phrases. */
    public static Vocabulary oneOf(List<String> phrases) {
        return new Vocabulary(phrases, false, List.of());
    }

    /**
     * Callers answer with one of {@code answers} ("yes", "no"), or go on with their request in their own words, which
     * {@code requestPhrases} route: "Roads, is that right?" — "… the lamp outside number twelve".
     */
    public static Vocabulary answerOrRequest(List<String> answers, List<String> requestPhrases) {
        List<String> all = new java.util.ArrayList<>(answers);
        all.addAll(requestPhrases);
        return new Vocabulary(all, true, answers);
    }

    public boolean isFreeForm() {
        return phrases.isEmpty();
    }

    /** True when {@code text} is made only of the words of the short answers ("yes", "yeah yes", "no thanks"). */
    public boolean isShortAnswer(String text) {
        List<String> said = Words.tokens(text);
        if (said.isEmpty() || shortAnswers.isEmpty()) {
            return false;
        }
        Set<String> words = new HashSet<>();
        shortAnswers.forEach(answer -> words.addAll(Words.tokens(answer)));
        return words.containsAll(said);
    }
}
