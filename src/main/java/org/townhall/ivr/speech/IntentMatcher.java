package org.townhall.ivr.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which intent (a department, reception) a caller's words express, by whole phrases: every meaningful
 * word of a phrase must be heard for it to count, weighted by the recognizer's confidence in those words;
 * longer phrases weigh more. Lone filler words never route anyone.
 */
public final class IntentMatcher {
    private final List<Phrase> phrases = new ArrayList<>();

    /** @param intents intent id → phrases in one language */
    public IntentMatcher(Map<String, List<String>> intents) {
        intents.forEach((intent, list) -> {
            java.util.Set<List<String>> seen = new java.util.HashSet<>();
            for (String p : list) {
                List<String> words = Words.content(p);
                if (!words.isEmpty() && seen.add(words)) {
                    phrases.add(new Phrase(intent, words));
                }
            }
        });
    }

    public Match match(Transcript transcript) {
        List<String> heard = new ArrayList<>();
        List<Double> confidence = new ArrayList<>();
        Map<String, Double> wordConfidence = new HashMap<>();
        for (Transcript.Word w : transcript.words()) {
            for (String t : Words.tokens(w.word())) {
                wordConfidence.merge(Words.stem(t), w.confidence(), Math::max);
            }
        }
        for (String w : Words.content(transcript.text())) {
            heard.add(w);
            confidence.add(wordConfidence.getOrDefault(w, transcript.words().isEmpty() ? 1.0 : 0.5));
        }
        // per intent, its phrases heard, best first: the best counts fully, each further one adds a quarter of its
        // score for the words it adds (two phrases made of the same words are the same evidence)
        Map<String, List<Heard>> heardPhrases = new HashMap<>();
        for (Phrase phrase : phrases) {
            double s = phrase.score(heard, confidence);
            if (s > 0) {
                heardPhrases.computeIfAbsent(phrase.intent(), k -> new ArrayList<>()).add(new Heard(phrase, s));
            }
        }
        withoutPartsOfLongerPhrases(heardPhrases, heard);
        Map<String, Double> scores = new HashMap<>();
        Map<String, java.util.Set<String>> used = new HashMap<>();
        heardPhrases.forEach((intent, list) -> {
            list.sort(Comparator.comparingDouble(Heard::score).reversed());
            java.util.Set<String> words = new java.util.HashSet<>();
            double score = 0;
            for (Heard h : list) {
                long fresh = h.phrase().words().stream().filter(w -> !words.contains(w)).count();
                score += words.isEmpty() ? h.score() : 0.25 * h.score() * fresh / h.phrase().words().size();
                words.addAll(h.phrase().words());
            }
            scores.put(intent, score);
            used.put(intent, words);
        });
        List<Scored> ranking = new ArrayList<>();
        long distinctHeard = heard.stream().distinct().count();
        scores.forEach((intent, score) -> ranking.add(new Scored(intent, score,
                distinctHeard == 0 ? 0 : (double) used.get(intent).size() / distinctHeard)));
        ranking.sort(Comparator.comparingDouble(Scored::score).reversed());
        return new Match(ranking, transcript);
    }

    /**
     * A phrase heard only as part of another intent's longer phrase is no evidence of its own: "fête" (police, a
     * noisy party) in "louer la salle des fêtes" (reception). Its words must each have been heard once, so that the
     * longer phrase was heard with them: "a loud dog next door, it leaves dog mess everywhere" keeps "dog" for police.
     */
    private static void withoutPartsOfLongerPhrases(Map<String, List<Heard>> heardPhrases, List<String> heard) {
        List<Heard> all = heardPhrases.values().stream().flatMap(List::stream).toList();
        heardPhrases.forEach((intent, list) -> list.removeIf(h ->
                h.phrase().words().stream().allMatch(w -> java.util.Collections.frequency(heard, w) == 1)
                        && all.stream().anyMatch(longer -> !longer.phrase().intent().equals(intent)
                        && longer.phrase().words().size() > h.phrase().words().size()
                        && longer.phrase().words().containsAll(h.phrase().words()))));
        heardPhrases.values().removeIf(List::isEmpty);
    }

    /** The intents heard, best first, with scores (about 1 per meaningful word of the phrase heard with confidence 1). */
    public record Match(List<Scored> ranking, Transcript transcript) {
        public boolean isEmpty() {
            return ranking.isEmpty();
        }

        public Scored best() {
            return ranking.get(0);
        }

        /** How far the best intent is ahead of the next one (its whole score when alone). */
        public double margin() {
            return ranking.size() < 2 ? best().score() : best().score() - ranking.get(1).score();
        }
    }

    /** @param coverage the share of the meaningful words heard that this intent's phrases account for */
    public record Scored(String intent, double score, double coverage) {
    }

    private record Heard(Phrase phrase, double score) {
    }

    private record Phrase(String intent, List<String> words) {
        /**
         * Sum of the confidences of the phrase's words if all of them were heard close together (in any order, within
         * {@link #SPAN_SLACK} more meaningful words than the phrase has: "the car is parked", "parked car"), else 0. Words
         * far apart are no phrase: "last night … bus shelter" is not "night shelter".
         */
        double score(List<String> heard, List<Double> confidence) {
            if (words.size() == 1) {
                int at = heard.indexOf(words.get(0));
                return at < 0 ? 0 : confidence.get(at);
            }
            double best = 0;
            int span = words.size() + SPAN_SLACK;
            for (int start = 0; start < heard.size(); start++) {
                if (!words.contains(heard.get(start))) {
                    continue;
                }
                double total = 0;
                int found = 0;
                for (String w : words) {
                    int at = -1;
                    for (int i = start; i < Math.min(heard.size(), start + span); i++) {
                        if (heard.get(i).equals(w) && (at < 0 || confidence.get(i) > confidence.get(at))) {
                            at = i;
                        }
                    }
                    if (at < 0) {
                        break;
                    }
                    total += confidence.get(at);
                    found++;
                }
                if (found == words.size()) {
                    best = Math.max(best, total * 1.25);
                }
            }
            return best;
        }
    }

    /** How many other meaningful words may come between the words of a phrase. */
    static final int SPAN_SLACK = 2;
}
