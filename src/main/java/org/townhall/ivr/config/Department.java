package org.townhall.ivr.config;

import java.util.List;
import java.util.Map;

/**
 * A service of the town hall that callers are transferred to.
 *
 * @param tag  short label put in front of the caller's name on the operator's phone, e.g. {@code ROADS}
 * @param dial Asterisk dial string, e.g. {@code PJSIP/1002}
 * @param name the department's name as a prompt (one text per language)
 * @param phrases per language, the words and phrases callers use for this department ("pothole", "street light")
 * @param examples per language, whole requests callers made for this department, as they said them ("there's a
 *                 hole outside number twelve and my tyre burst in it"): an answer is compared in meaning to them as
 *                 well as to the phrases, and they teach the recognizer how callers put things
 */
public record Department(String id, Prompt name, String tag, String dial, OpeningHours hours,
                         Map<String, List<String>> phrases, Map<String, List<String>> examples, Location location) {
    public Department {
        phrases = perLanguage(phrases);
        examples = perLanguage(examples);
    }

    private static Map<String, List<String>> perLanguage(Map<String, List<String>> lists) {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        lists.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> phrases(String language) {
        return phrases.getOrDefault(language, List.of());
    }

    public List<String> examples(String language) {
        return examples.getOrDefault(language, List.of());
    }

    /**
     * A wording as it is heard, to tell two wordings apart: lower case, without punctuation ("Operator." and
     * "operator" are the same).
     */
    public static String sameWords(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }
}
