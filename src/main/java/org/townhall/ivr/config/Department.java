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
 */
public record Department(String id, Prompt name, String tag, String dial, OpeningHours hours,
                         Map<String, List<String>> phrases, Location location) {
    public Department {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        phrases.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
        phrases = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> phrases(String language) {
        return phrases.getOrDefault(language, List.of());
    }
}
