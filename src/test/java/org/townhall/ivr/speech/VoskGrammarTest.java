package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VoskGrammarTest {
    private static List<?> entries(String json) throws Exception {
        return new ObjectMapper().readValue(json, List.class);
    }

    @Test
    @DisplayName("a grammar is the phrases, then the everyday sentences, then [unk]: lower case, punctuation out, each line once")
    void grammarOrderAndCleaning() throws Exception {
        List<?> grammar = entries(VoskSpeechRecognizer.grammar(List.of("Street Light", "pot-hole!", "street light"),
                List.of("i'm calling about", "street light")));
        assertEquals(List.of("street light", "pot hole", "i'm calling about", "[unk]"), grammar);
    }

    @Test
    @DisplayName("words the model cannot hear are left out of their line, as Vosk would; a line of them stays, empty")
    void wordsTheModelLacks() throws Exception {
        try (SpeechModels models = SpeechModels.load(java.nio.file.Path.of("models"), List.of("en"))) {
            ModelWords words = models.words("en");
            assertTrue(words.knows("pothole"));
            assertTrue(!words.knows("potholio"));
            assertEquals(java.util.Set.of("potholio", "crèche"),
                    words.unknown(List.of("a Potholio on the road", "the crèche", "street light")));
            List<?> grammar = entries(VoskSpeechRecognizer.grammar(List.of("a Potholio on the road", "the crèche"),
                    List.of("crèche", "potholio"), words));
            assertEquals(List.of("a on the road", "the", "", "", "[unk]"), grammar);
            assertEquals(java.util.Set.of("potholio"), words.neverHeard("the Potholio, please"));
            assertEquals(java.util.Set.of(), words.neverHeard("vandalised bus shelter"), "heard as vandalized");
            assertEquals(java.util.Set.of(), words.neverHeard("the pothole"));
            assertEquals(java.util.Set.of("potholio"), words.notNamedYet(java.util.Set.of("potholio")));
            assertEquals(java.util.Set.of(), words.notNamedYet(java.util.Set.of("potholio")), "named once");
        }
        assertTrue(SpeechModels.load(java.nio.file.Path.of("models"), List.of()).words("en").knows("potholio"),
                "a language without a model leaves every word to Vosk");
    }

    @Test
    @DisplayName("a menu's grammar is built once and reused by its next turns; other phrases get their own")
    void grammarBuiltOncePerMenu() throws Exception {
        try (SpeechModels models = SpeechModels.load(java.nio.file.Path.of("models"), List.of("en"))) {
            VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(models);
            String first = recognizer.grammar("en", Vocabulary.openAnswer(List.of("pothole", "street light")));
            String again = recognizer.grammar("en", Vocabulary.openAnswer(List.of("pothole", "street light")));
            String other = recognizer.grammar("en", Vocabulary.openAnswer(List.of("pothole", "bins")));
            assertTrue(first == again, "the same grammar, not built again");
            assertTrue(!other.equals(first) && other.contains("\"bins\""), other.substring(0, 40));
            assertEquals(first, VoskSpeechRecognizer.grammar(List.of("pothole", "street light"),
                    EverydaySpeech.of("en", java.nio.file.Path.of("models/en")), models.words("en")));
        }
    }

    @Test
    @DisplayName("English and French have everyday sentences, with no comment lines; other languages have none")
    void everydaySentencesPerLanguage() {
        for (String language : List.of("en", "fr")) {
            List<String> lines = EverydaySpeech.of(language);
            assertTrue(lines.size() > 100, language + ": " + lines.size() + " lines");
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("#") || l.isBlank()), language);
            assertTrue(lines.stream().allMatch(l -> l.equals(l.toLowerCase(java.util.Locale.ROOT))), language);
        }
        assertTrue(EverydaySpeech.of("en").contains("i'm calling about"));
        assertTrue(EverydaySpeech.of("fr").contains("je vous appelle pour"));
        assertEquals(List.of(), EverydaySpeech.of("de"));
    }

    @Test
    @DisplayName("an everyday.txt or requests.txt in the language's model folder replaces the built-in list")
    void modelFolderFileWins(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("everyday.txt"), "# greetings\nGuten Tag\n\nich möchte\n");
        assertEquals(List.of("guten tag", "ich möchte"), EverydaySpeech.of("de", folder));
        java.nio.file.Files.writeString(folder.resolve("requests.txt"), "Mein Pass ist abgelaufen\n");
        assertEquals(List.of("guten tag", "ich möchte", "mein pass ist abgelaufen"), EverydaySpeech.of("de", folder));
        // edited while the server runs: the next turn has the new list
        java.nio.file.Files.writeString(folder.resolve("requests.txt"), "Mein Ausweis ist abgelaufen\nWo ist das Amt\n");
        assertEquals(List.of("guten tag", "ich möchte", "mein ausweis ist abgelaufen", "wo ist das amt"),
                EverydaySpeech.of("de", folder));
        List<String> builtIn = new java.util.ArrayList<>(EverydaySpeech.of("en"));
        builtIn.addAll(EverydaySpeech.requests("en"));
        assertEquals(builtIn, EverydaySpeech.of("en", folder.resolve("missing")));
    }

    @Test
    @DisplayName("English and French have whole requests to a town hall, in callers' words")
    void requestsPerLanguage() {
        assertTrue(EverydaySpeech.requests("en").size() > 500);
        assertTrue(EverydaySpeech.requests("fr").size() > 400);
        assertTrue(EverydaySpeech.requests("en").stream().anyMatch(l -> l.contains("pothole")));
        assertTrue(EverydaySpeech.requests("en").stream().noneMatch(l -> l.startsWith("#")));
        assertEquals(List.of(), EverydaySpeech.requests("de"));
    }
}
