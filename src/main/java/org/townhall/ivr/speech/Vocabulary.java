package org.townhall.ivr.speech;

import java.util.List;

/**
 * What one turn listens for. An open answer ("in a few words, why are you calling?") is said in the caller's own
 * words around the phrases that matter, so the language's everyday sentences join the phrases; a closed answer
 * (yes or no, digits) is one of the phrases. No phrases at all: free-form recognition.
 *
 * @param phrases  the phrases expected, in the call's language
 * @param openAnswer true when callers answer in their own words
 */
public record Vocabulary(List<String> phrases, boolean openAnswer) {
    public static final Vocabulary FREE_FORM = new Vocabulary(List.of(), false);

    public Vocabulary {
        phrases = List.copyOf(phrases);
    }

    /** Callers answer in their own words; these phrases are what routes them. */
    public static Vocabulary openAnswer(List<String> phrases) {
        return new Vocabulary(phrases, true);
    }

    /** Callers answer with one of these phrases. */
    public static Vocabulary oneOf(List<String> phrases) {
        return new Vocabulary(phrases, false);
    }

    public boolean isFreeForm() {
        return phrases.isEmpty();
    }
}
