package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentence models per language: the bundled English one, one dropped into models/<lang>/meaning/, none. */
class SentenceMeaningsTest {
    private static final Map<String, List<String>> TOWN = Map.of(
            "roads", List.of("pothole", "street light not working", "broken pavement"),
            "waste", List.of("missed bin collection", "fly tipping", "recycling"),
            "civil-status", List.of("renew my passport", "birth certificate", "identity card"));

    @TempDir
    Path models;

    @Test
    @DisplayName("English has a sentence model built in: a request in other words is closest to its department")
    void bundledEnglishUnderstandsOtherWords() {
        SentenceMeanings meanings = SentenceMeanings.load(models, List.of("en"));
        assertEquals(java.util.Set.of("en"), meanings.languages());
        MeaningMatcher.Closest closest = meanings.matcher("en", TOWN)
                .closest("the lamp outside number twelve has been dark all week").orElseThrow();
        assertEquals("roads", closest.intent(), closest::toString);
        assertTrue(closest.margin() > 0.05, closest::toString);
    }

    @Test
    @DisplayName("nothing said, or a language without a sentence model: no opinion")
    void noOpinionWithoutWordsOrModel() {
        SentenceMeanings meanings = SentenceMeanings.load(models, List.of("en", "fr"));
        assertEquals(java.util.Set.of("en"), meanings.languages());
        assertTrue(meanings.matcher("en", TOWN).closest("  ").isEmpty());
        assertTrue(meanings.matcher("fr", TOWN).closest("le lampadaire devant chez moi est éteint").isEmpty());
        assertTrue(SentenceMeanings.none().matcher("en", TOWN).closest("a pothole").isEmpty());
    }

    @Test
    @DisplayName("a sentence model dropped into models/<lang>/meaning/ serves that language")
    void droppedInModelServesItsLanguage() throws Exception {
        Path dir = Files.createDirectories(models.resolve("xx").resolve(SentenceMeanings.DIRECTORY));
        copyResource("/all-minilm-l6-v2-q.onnx", dir.resolve(SentenceEncoder.MODEL_FILE));
        copyResource("/all-minilm-l6-v2-q-tokenizer.json", dir.resolve(SentenceEncoder.TOKENIZER_FILE));
        SentenceMeanings meanings = SentenceMeanings.load(models, List.of("xx"));
        assertEquals(java.util.Set.of("xx"), meanings.languages());
        assertEquals("waste", meanings.matcher("xx", TOWN).closest("nobody took our rubbish away this week")
                .orElseThrow().intent());
    }

    @Test
    @DisplayName("a damaged sentence model is reported, and its language is understood by phrases alone")
    void damagedModelFallsBackToPhrases() throws Exception {
        Path dir = Files.createDirectories(models.resolve("xx").resolve(SentenceMeanings.DIRECTORY));
        Files.writeString(dir.resolve(SentenceEncoder.MODEL_FILE), "not an onnx model");
        Files.writeString(dir.resolve(SentenceEncoder.TOKENIZER_FILE), "{}");
        SentenceMeanings meanings = SentenceMeanings.load(models, List.of("xx"));
        assertTrue(meanings.languages().isEmpty());
        assertTrue(meanings.matcher("xx", TOWN).closest("a pothole").isEmpty());
    }

    private static void copyResource(String name, Path to) throws Exception {
        try (InputStream in = SentenceMeaningsTest.class.getResourceAsStream(name)) {
            Files.copy(java.util.Objects.requireNonNull(in, name), to);
        }
    }
}
