package org.townhall.ivr.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YamlEditTest {
    static final String TEXT = """
            # top comment
            town:
              holidays:     # closed these days
                - 2026-12-25
                - 2027-01-01
              names: {en: "Reception"}
              hours: {mon-fri: "08:30-17:30"}
              phrases:
                en: [a, "b c"]   # words
            after: 1
            """;

    @Test
    @DisplayName("a scalar is replaced in place, quoted, and a line break typed by a supervisor stays inside it")
    void scalar() {
        String edited = YamlEdit.set(TEXT, List.of("town", "names", "en"), "Hall \"A\"\nB");
        assertEquals(TEXT.replace("{en: \"Reception\"}", "{en: \"Hall \\\"A\\\"\\nB\"}"), edited);
    }

    @Test
    @DisplayName("a missing key is added to a flow mapping and to a block mapping")
    void missingKeys() {
        assertEquals(TEXT.replace("{en: \"Reception\"}", "{en: \"Reception\", fr: \"Accueil\"}"),
                YamlEdit.set(TEXT, List.of("town", "names", "fr"), "Accueil"));
        assertEquals(TEXT.replace("en: [a, \"b c\"]", "en: [a, \"b c\"]\n    fr: [\"x\"]"),
                YamlEdit.set(TEXT, List.of("town", "phrases", "fr"), List.of("x")));
    }

    @Test
    @DisplayName("a block list keeps its style and the comments around it; a flow mapping becomes a block")
    void collections() {
        assertEquals(TEXT.replace("    - 2026-12-25\n    - 2027-01-01", "    - \"2026-12-24\"\n    - {from: \"2027-08-01\", to: \"2027-08-15\"}"),
                YamlEdit.set(TEXT, List.of("town", "holidays"), List.of("2026-12-24",
                        new LinkedHashMap<>(Map.of("from", "2027-08-01")) {{ put("to", "2027-08-15"); }})));
        Map<String, Object> hours = new LinkedHashMap<>();
        hours.put("mon-fri", "08:00-12:00");
        hours.put("sat", List.of("09:00-10:00", "11:00-12:00"));
        assertEquals(TEXT.replace("hours: {mon-fri: \"08:30-17:30\"}",
                        "hours:\n    mon-fri: \"08:00-12:00\"\n    sat: [\"09:00-10:00\", \"11:00-12:00\"]"),
                YamlEdit.set(TEXT, List.of("town", "hours"), hours));
    }

    @Test
    @DisplayName("a path the text does not have is refused")
    void unknownPath() {
        assertThrows(UnknownPathException.class, () -> YamlEdit.set(TEXT, List.of("nowhere", "x"), "y"));
    }
}
