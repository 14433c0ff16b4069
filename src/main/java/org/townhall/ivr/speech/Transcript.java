package org.townhall.ivr.speech;

import java.util.List;

/**
 * What a recognizer heard: the best text, its words with confidences, and other readings (n-best).
 *
 * @param alternatives other readings, best first (may be empty)
 */
public record Transcript(String text, List<Word> words, List<String> alternatives) {
    public static final Transcript EMPTY = new Transcript("", List.of(), List.of());

    public Transcript {
        words = List.copyOf(words);
        alternatives = List.copyOf(alternatives);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** Mean confidence of the words, 0 when nothing was heard. */
    public double confidence() {
        return words.isEmpty() ? 0 : words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    /** A recognised word, its confidence (0–1) and where it ends in the audio. */
    public record Word(String word, double confidence, double endSeconds) {
    }
}
