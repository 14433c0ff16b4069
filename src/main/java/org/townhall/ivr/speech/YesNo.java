package org.townhall.ivr.speech;

import java.util.List;
import java.util.Map;

/** How callers say yes and no, per language, for confirmations. */
public final class YesNo {
    public static final String YES = "yes";
    public static final String NO = "no";

    private static final Map<String, Map<String, List<String>>> PHRASES = Map.of(
            "en", Map.of(YES, List.of("yes", "yeah", "yep", "correct", "right", "that's right", "exactly", "sure",
                            "yes please", "that's it", "absolutely", "okay"),
                    NO, List.of("no", "nope", "wrong", "not right", "incorrect", "no thanks", "not at all", "that's wrong")),
            "fr", Map.of(YES, List.of("oui", "ouais", "exactement", "c'est ça", "tout à fait", "d'accord", "correct",
                            "c'est bien ça", "oui merci", "voilà"),
                    NO, List.of("non", "pas du tout", "c'est faux", "non merci", "ce n'est pas ça", "erreur")));

    /** Words that say yes or no on their own at the start of a longer answer ("no, it's about my bins"). */
    private static final Map<String, Map<String, List<String>>> LEADING = Map.of(
            "en", Map.of(YES, List.of("yes", "yeah", "yep"), NO, List.of("no", "nope")),
            "fr", Map.of(YES, List.of("oui", "ouais"), NO, List.of("non")));
    /** Sounds a caller makes before the word that answers ("oh, no, …", "euh, oui"). */
    private static final java.util.Set<String> HESITATIONS = java.util.Set.of("um", "uh", "er", "erm", "oh", "ah",
            "well", "euh", "ben", "bah", "hum");

    /** Words after "no" that make it part of the sentence: "no one", "no longer", "no more". */
    private static final java.util.Set<String> NOT_A_NO = java.util.Set.of("one", "longer", "more", "way", "body");

    private YesNo() {
    }

    /** Every way of saying yes or no in a language, one list (what a confirmation listens for). */
    public static List<String> answers(String language) {
        List<String> all = new java.util.ArrayList<>();
        phrases(language).values().forEach(all::addAll);
        return all;
    }

    /**
     * {@link #YES} or {@link #NO} when {@code text} starts with a plain yes or no (after hesitations), whatever
     * follows: "yes, it's the street light outside my house", "no, it's about my bins"; else empty. "No one has
     * fixed it" starts with no answer.
     */
    public static java.util.Optional<String> leading(String language, String text) {
        Map<String, List<String>> words = LEADING.getOrDefault(language, LEADING.get("en"));
        List<String> tokens = Words.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (HESITATIONS.contains(token)) {
                continue;
            }
            boolean noOne = token.equals("no") && i + 1 < tokens.size() && NOT_A_NO.contains(tokens.get(i + 1));
            return noOne ? java.util.Optional.empty() : words.entrySet().stream()
                    .filter(e -> e.getValue().contains(token)).map(Map.Entry::getKey).findFirst();
        }
        return java.util.Optional.empty();
    }

    /** yes → phrases, no → phrases, for a language (English when the language has none). */
    public static Map<String, List<String>> phrases(String language) {
        return PHRASES.getOrDefault(language, PHRASES.get("en"));
    }
}
