package org.townhall.ivr.speech;

import java.util.List;

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

    /** True when {@code text} is one short answer, or several in a row ("yes", "yeah yes", "no thanks no"). */
    public boolean isShortAnswer(String text) {
        List<String> said = Words.tokens(text);
        List<List<String>> answers = shortAnswers.stream().map(Words::tokens).filter(a -> !a.isEmpty()).toList();
        // whether said[from..] is a sequence of whole answers, from the end back
        boolean[] rest = new boolean[said.size() + 1];
        rest[said.size()] = true;
        for (int from = said.size() - 1; from >= 0; from--) {
            for (List<String> answer : answers) {
                int end = from + answer.size();
                if (end <= said.size() && rest[end] && said.subList(from, end).equals(answer)) {
                    rest[from] = true;
                    break;
                }
            }
        }
        return !said.isEmpty() && rest[0];
    }
}
