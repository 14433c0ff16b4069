package org.townhall.ivr.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The console's words in English and French: {@code /i18n/<area>_<lang>.properties} (UTF-8), one file per area of
 * the console so each area keeps its own. A key missing in French falls back to English; missing in both, the key
 * itself shows, so a gap is visible rather than blank.
 */
public final class Texts {
    public static final List<String> LANGUAGES = List.of("en", "fr");
    static final List<String> AREAS = List.of("common", "supervisor", "operator", "testcall", "dashboard", "admin");

    private static final Map<String, Texts> ALL = Map.of("en", load("en", null), "fr", load("fr", load("en", null)));

    private final String language;
    private final Properties words;

    private Texts(String language, Properties words) {
        this.language = language;
        this.words = words;
    }

    public static Texts of(String language) {
        return ALL.getOrDefault(language, ALL.get("en"));
    }

    public String language() {
        return language;
    }

    public String t(String key) {
        return words.getProperty(key, key);
    }

    public String t(String key, Object... args) {
        return new MessageFormat(t(key), Locale.forLanguageTag(language)).format(args);
    }

    private static Texts load(String language, Texts fallback) {
        Properties words = fallback == null ? new Properties() : new Properties();
        if (fallback != null) {
            words.putAll(fallback.words);
        }
        for (String area : AREAS) {
            String name = "/i18n/" + area + "_" + language + ".properties";
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in != null) {
                    words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name + " from the jar", e);
            }
        }
        return new Texts(language, words);
    }
}
