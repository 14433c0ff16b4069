package org.townhall.ivr.speech;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which intent a caller's words are closest to in meaning, whatever the words: an intent's closeness is the mean
 * similarity of its {@value #NEIGHBOURS} nearest phrases, so one odd phrase does not pull an answer its way. A
 * second opinion beside {@link IntentMatcher}, which needs a phrase's own words.
 */
public final class MeaningMatcher {
    static final int NEIGHBOURS = 3;
    private static final MeaningMatcher NONE = new MeaningMatcher(null, List.of(), List.of());

    private final SentenceEncoder encoder;
    private final List<String> intents;
    private final List<float[]> vectors;

    private MeaningMatcher(SentenceEncoder encoder, List<String> intents, List<float[]> vectors) {
        this.encoder = encoder;
        this.intents = intents;
        this.vectors = vectors;
    }

    /** @param intents intent id → phrases in the encoder's language */
    static MeaningMatcher of(SentenceEncoder encoder, Map<String, List<String>> intents) {
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        intents.forEach((intent, phrases) -> phrases.forEach(p -> {
            ids.add(intent);
            vectors.add(encoder.phrase(p));
        }));
        return new MeaningMatcher(encoder, ids, vectors);
    }

    /** For a language without a meaning model: never has an opinion. */
    public static MeaningMatcher none() {
        return NONE;
    }

    /** The closest intent to {@code text}, or empty when nothing was said or there is no model. */
    public Optional<Closest> closest(String text) {
        if (encoder == null || text.isBlank() || vectors.isEmpty()) {
            return Optional.empty();
        }
        float[] said = encoder.encode(text);
        Map<String, double[]> nearest = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            insert(nearest.computeIfAbsent(intents.get(i), k -> new double[NEIGHBOURS]),
                    SentenceEncoder.similarity(said, vectors.get(i)));
        }
        String best = null;
        double bestScore = -1;
        double second = -1;
        for (var e : nearest.entrySet()) {
            double s = mean(e.getValue());
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = e.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        return Optional.of(new Closest(best, bestScore, second < 0 ? bestScore : bestScore - second));
    }

    private static void insert(double[] top, double s) {
        for (int i = 0; i < top.length; i++) {
            if (s > top[i]) {
                System.arraycopy(top, i, top, i + 1, top.length - i - 1);
                top[i] = s;
                return;
            }
        }
    }

    private static double mean(double[] top) {
        double sum = 0;
        for (double s : top) {
            sum += s;
        }
        return sum / top.length;
    }

    /**
     * @param similarity mean cosine similarity to the intent's nearest phrases (about 0.6 for a plain request,
     *                   under 0.3 for "hello")
     * @param margin     how much closer than the next intent
     */
    public record Closest(String intent, double similarity, double margin) {
    }
}
