package org.townhall.ivr.speech;

import java.util.List;

/**
 * What one turn listens for. An open answer ("in a few words, why are you calling?") is said in the caller's own
 * words around the phrases that matter, so the language's everyday sentences join the phrases; a closed answer
 * (yes or no, digits) is one of the phrases. No phrases at all: free-form recognition.
 *
 * <p>A closed answer may be given while the caller is still saying something else: "Roads, is that right?" heard
 * over the rest of a request the caller paused in. {@link #goingOn} then holds the phrases of that open answer, read
 * apart (its words among the answers would make "yes" heard as "us").
 *
 * @param phrases    the phrases expected, in the call's language
 * @param openAnswer true when callers answer in their own words
 * @param goingOn    the phrases of an open answer the caller may still be giving instead (empty: none)
 */
public record Vocabulary(List<String> phrases, boolean openAnswer, List<String> goingOn) {
    public static final Vocabulary FREE_FORM = new Vocabulary(List.of(), false, List.of());

    public Vocabulary {
        phrases = List.copyOf(phrases);
        goingOn = List.copyOf(goingOn);
    }

    /** Callers answer in their own words; these phrases are what routes them. */
    public static Vocabulary openAnswer(List<String> phrases) {
        return new Vocabulary(phrases, true, List.of());
    }

    /** Callers answer with one of these phrases. */
    public static Vocabulary oneOf(List<String> phrases) {
        return new Vocabulary(phrases, false, List.of());
    }

    /** This closed answer, or the rest of an open one with {@code phrases} (read apart: {@link #goingOn()}). */
    public Vocabulary orGoingOn(List<String> phrases) {
        if (openAnswer || isFreeForm()) {
            throw new IllegalStateException("only a closed answer is heard apart from a request going on");
        }
        return new Vocabulary(this.phrases, false, phrases);
    }

    /** The open answer the caller may still be giving, if any. */
    public java.util.Optional<Vocabulary> goingOnAnswer() {
        return goingOn.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(openAnswer(goingOn));
    }

    /** This vocabulary without {@link #goingOn}: what its own reading listens for. */
    public Vocabulary alone() {
        return goingOn.isEmpty() ? this : new Vocabulary(phrases, openAnswer, List.of());
    }

    public boolean isFreeForm() {
        return phrases.isEmpty();
    }

    /** True for a closed answer: one of the phrases, nothing else. */
    public boolean isClosed() {
        return !openAnswer && !isFreeForm();
    }
}
