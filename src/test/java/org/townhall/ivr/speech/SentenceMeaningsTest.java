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

    @Test
    @DisplayName("a sentence model that loads but cannot encode (another model's tokenizer) is caught at start-up")
    void modelThatCannotEncodeIsCaughtAtLoad() throws Exception {
        Path dir = Files.createDirectories(models.resolve("xx").resolve(SentenceMeanings.DIRECTORY));
        copyResource("/all-minilm-l6-v2-q.onnx", dir.resolve(SentenceEncoder.MODEL_FILE));
        // token ids far beyond the model's vocabulary: the model builds, every sentence fails
        Files.writeString(dir.resolve(SentenceEncoder.TOKENIZER_FILE), """
                {"version": "1.0", "truncation": null, "padding": null, "added_tokens": [], "normalizer": null,
                 "pre_tokenizer": {"type": "Whitespace"}, "post_processor": null, "decoder": null,
                 "model": {"type": "WordLevel", "unk_token": "[UNK]",
                           "vocab": {"[UNK]": 900000, "[CLS]": 900001, "[SEP]": 900002, "[PAD]": 0}}}
                """);
        SentenceMeanings meanings = SentenceMeanings.load(models, List.of("xx"));
        assertTrue(meanings.languages().isEmpty());
        assertTrue(meanings.matcher("xx", TOWN).closest("the street lamp is broken").isEmpty());
    }

    @Test
    @DisplayName("an answer of fewer than two meaningful words has no meaning to go by")
    void shortAnswersHaveNoMeaning() {
        MeaningMatcher matcher = SentenceMeanings.load(models, List.of("en")).matcher("en", TOWN);
        for (String said : List.of("bye", "help", "my son", "it's about my", "the")) {
            assertTrue(matcher.closest(said).isEmpty(), said);
        }
        assertTrue(matcher.closest("broken pavement outside").isPresent());
    }

    @Test
    @DisplayName("a department with fewer phrases than neighbours counted is not scored down for it")
    void fewPhrasesAreNotPenalised() {
        Map<String, List<String>> town = Map.of("roads", List.of("street light not working"),
                "waste", List.of("missed bin collection", "fly tipping", "recycling", "litter", "dog mess"));
        MeaningMatcher.Closest closest = SentenceMeanings.load(models, List.of("en")).matcher("en", town)
                .closest("the street light is not working").orElseThrow();
        assertEquals("roads", closest.intent(), closest::toString);
        assertTrue(closest.similarity() > 0.8, closest::toString);
    }

    private static void copyResource(String name, Path to) throws Exception {
        try (InputStream in = SentenceMeaningsTest.class.getResourceAsStream(name)) {
            Files.copy(java.util.Objects.requireNonNull(in, name), to);
        }
    }
}
