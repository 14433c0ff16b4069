package org.townhall.ivr.speech;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which intent a caller's words are closest to in meaning, whatever the words: an intent's closeness is the mean
 * similarity of its {@value #NEIGHBOURS} nearest phrases, so one odd phrase does not pull an answer its way. A
 * second opinion beside {@link IntentMatcher}, which needs a phrase's own words. An answer of fewer than
 * {@value #MIN_WORDS} meaningful words ("bye", "my son", "it's about my") has no meaning to go by: no opinion.
 * When the model fails at run time, the matcher logs it and has no opinion: callers keep the phrases.
 */
public final class MeaningMatcher {
    private static final Logger log = LoggerFactory.getLogger(MeaningMatcher.class);
    static final int NEIGHBOURS = 3;
    static final int MIN_WORDS = 2;
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
        try {
            intents.forEach((intent, phrases) -> phrases.forEach(p -> {
                ids.add(intent);
                vectors.add(encoder.phrase(p));
            }));
        } catch (RuntimeException e) {
            log.error("sentence model {} failed on the menu's phrases ({}): answers are understood by phrases alone",
                    encoder, e.toString());
            return NONE;
        }
        return new MeaningMatcher(encoder, List.copyOf(ids), List.copyOf(vectors));
    }

    /** For a language without a meaning model: never has an opinion. */
    public static MeaningMatcher none() {
        return NONE;
    }

    /** The closest intent to {@code text}, or empty when nothing was said or there is no model. */
    public Optional<Closest> closest(String text) {
        if (encoder == null || vectors.isEmpty() || Words.content(text).size() < MIN_WORDS) {
            return Optional.empty();
        }
        float[] said;
        try {
            said = encoder.encode(text);
        } catch (RuntimeException e) {
            log.error("sentence model {} failed on an answer ({}): this answer is understood by phrases alone",
                    encoder, e.toString());
            return Optional.empty();
        }
        Map<String, Nearest> nearest = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            nearest.computeIfAbsent(intents.get(i), k -> new Nearest()).add(SentenceEncoder.similarity(said, vectors.get(i)));
        }
        String best = null;
        double bestScore = -1;
        double second = -1;
        for (var e : nearest.entrySet()) {
            double s = e.getValue().mean();
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

    /** The {@value #NEIGHBOURS} best similarities of one intent's phrases (fewer when it has fewer phrases). */
    private static final class Nearest {
        private final double[] top = new double[NEIGHBOURS];
        private int count;

        void add(double s) {
            int at = Math.min(count, NEIGHBOURS);
            while (at > 0 && top[at - 1] < s) {
                if (at < NEIGHBOURS) {
                    top[at] = top[at - 1];
                }
                at--;
            }
            if (at < NEIGHBOURS) {
                top[at] = s;
            }
            count++;
        }

        double mean() {
            int n = Math.min(count, NEIGHBOURS);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += top[i];
            }
            return n == 0 ? 0 : sum / n;
        }
    }

    /**
     * @param similarity mean cosine similarity to the intent's nearest phrases (about 0.5–0.7 for a plain request;
     *                   words that ask for nothing sit at 0.3–0.45, but as close to every intent)
     * @param margin     how much closer than the next intent
     */
    public record Closest(String intent, double similarity, double margin) {
    }
}
