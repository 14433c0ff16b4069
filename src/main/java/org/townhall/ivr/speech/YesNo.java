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

    private YesNo() {
    }

    /** yes → phrases, no → phrases, for a language (English when the language has none). */
    public static Map<String, List<String>> phrases(String language) {
        return PHRASES.getOrDefault(language, PHRASES.get("en"));
    }
}
