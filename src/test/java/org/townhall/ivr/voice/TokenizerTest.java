package org.townhall.ivr.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Our replacement for MaryTTS's JTok tokenizer. */
class TokenizerTest {

    @Test
    @DisplayName("punctuation becomes tokens of its own and sentence ends start a new sentence")
    void sentencesAndPunctuation() {
        assertEquals(List.of(List.of("Welcome", "to", "the", "town", "hall", "."),
                        List.of("Press", "1", ",", "please", "!")),
                english("Welcome to the town hall. Press 1, please!"));
    }

    @Test
    @DisplayName("numbers, times, dates and decimals keep their inner punctuation")
    void numbersStayWhole() {
        assertEquals(List.of(List.of("At", "9:30", "on", "12/01/2025", ",", "pay", "10.50", "or", "1,000", ".")),
                english("At 9:30 on 12/01/2025, pay 10.50 or 1,000."));
    }

    @Test
    @DisplayName("abbreviations and acronyms keep their dot and do not end the sentence")
    void abbreviations() {
        assertEquals(List.of(List.of("Dr.", "Smith", "sees", "you", "at", "ten", "a.m.", "today", ".")),
                english("Dr. Smith sees you at ten a.m. today."));
    }

    @Test
    @DisplayName("quotes are dropped, brackets and ellipses become pauses, markup is not markup")
    void quotesAndBrackets() {
        assertEquals(List.of(List.of("the", ",", "new", ",", "office", ",", "is", "open", "speak", "hello")),
                english("the (new) “office”… is \"open\" <speak>hello"));
    }

    @Test
    @DisplayName("French elisions are split but aujourd'hui stays whole")
    void frenchElisions() {
        assertEquals(List.of(List.of("L'", "accueil", "d'", "aujourd'hui", ",", "qu'", "il", "soit", "ouvert", "jusqu'",
                        "à", "midi", ".")),
                Tokenizer.sentences("L’accueil d'aujourd'hui, qu'il soit ouvert jusqu'à midi.", Locale.FRENCH));
    }

    @Test
    @DisplayName("English contractions stay whole")
    void englishContractions() {
        assertEquals(List.of(List.of("We", "don't", "open", "on", "Saturday's", "holiday")),
                english("We don't open on Saturday's holiday"));
    }

    @Test
    @DisplayName("text with nothing to say gives no sentence")
    void onlyPunctuation() {
        assertEquals(List.of(), english(" ... !? "));
    }

    @Test
    @DisplayName("very long tokens are cut to MaryXML's limit")
    void longTokens() {
        String token = Tokenizer.sentences("x".repeat(500), Locale.ENGLISH).get(0).get(0);
        assertEquals(Tokenizer.MAX_TOKEN_LENGTH, token.length());
    }

    private static List<List<String>> english(String text) {
        return Tokenizer.sentences(text, Locale.ENGLISH);
    }
}
