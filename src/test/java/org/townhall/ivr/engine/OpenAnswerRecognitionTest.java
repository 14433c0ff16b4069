package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.Transcript;
import org.townhall.ivr.speech.Vocabulary;

/**
 * The demo's "why are you calling?" turn on spoken answers (MaryTTS, 8 kHz, the real English model): callers'
 * ordinary words are heard as themselves, not forced into some department's phrase.
 */
class OpenAnswerRecognitionTest {
    private static IntentMatcher matcher;
    private static List<String> phrases;

    @BeforeAll
    static void demoMenu() throws Exception {
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        var menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
        Map<String, List<String>> intents = SpeechIntents.intents(menu, townHall, "en");
        matcher = new IntentMatcher(intents);
        phrases = new ArrayList<>();
        intents.values().forEach(phrases::addAll);
    }

    private static SpeechDecision decide(String said) throws Exception {
        short[] audio = VoiceRoundTrip.voice().synthesize(said, "en").samples();
        String heard = VoiceRoundTrip.hear(audio, Vocabulary.openAnswer(phrases));
        return SpeechDecision.of(matcher.match(new Transcript(heard, List.of(), List.of())));
    }

    @ParameterizedTest(name = "\"{0}\" routes nowhere")
    @CsvSource({"thank you", "I'm not sure", "hello"})
    @DisplayName("an answer of everyday words routes nowhere")
    void everydayWordsRouteNowhere(String said) throws Exception {
        SpeechDecision decision = decide(said);
        assertEquals(SpeechDecision.Kind.NOT_UNDERSTOOD, decision.kind(), said + " => " + decision);
    }

    @ParameterizedTest(name = "\"{0}\" reaches {1}")
    @CsvSource({"there is a pothole in my street,roads", "I need to renew my passport,civil-status",
            "my neighbours play loud music every night,police"})
    @DisplayName("a request said around the phrases that matter reaches its department")
    void requestsReachTheirDepartment(String said, String department) throws Exception {
        SpeechDecision decision = decide(said);
        assertEquals(department, decision.intent(), said + " => " + decision);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a request worded as callers word it is heard in their order: whole requests are in the language model")
    void requestsAreHeardAsSaid(@org.junit.jupiter.api.io.TempDir Path models) throws Exception {
        String said = "there's dog mess all over the path by the playground";
        short[] audio = VoiceRoundTrip.voice().synthesize(said, "en").samples();
        String heard = VoiceRoundTrip.hear(audio, Vocabulary.openAnswer(phrases));
        org.junit.jupiter.api.Assertions.assertTrue(heard.contains("dog mess all over"), heard);
        assertEquals("waste", decide(said).intent());

        // the same model without the requests (an empty requests.txt in its folder replaces them)
        Path en = java.nio.file.Files.createDirectories(models.resolve("en"));
        try (var entries = java.nio.file.Files.list(Path.of("models/en"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                java.nio.file.Files.createSymbolicLink(en.resolve(entry.getFileName()), entry.toAbsolutePath());
            }
        }
        java.nio.file.Files.writeString(en.resolve("requests.txt"), "");
        try (var without = new org.townhall.ivr.speech.VoskSpeechRecognizer(
                org.townhall.ivr.speech.SpeechModels.load(models, List.of("en")));
             var turn = without.start("en", Vocabulary.openAnswer(phrases))) {
            short[] quiet = new short[4000];
            turn.accept(quiet, quiet.length);
            turn.accept(audio, audio.length);
            turn.accept(quiet, quiet.length);
            String withoutRequests = turn.finish().text();
            org.junit.jupiter.api.Assertions.assertFalse(withoutRequests.contains("dog mess all over"), withoutRequests);
        }
    }
}
