package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.Transcript;

/** The routing policy on the demo's phrases, for answers heard word for word. */
class SpeechDecisionTest {
    private static IntentMatcher english;
    private static IntentMatcher french;

    @BeforeAll
    static void demo() throws Exception {
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        var menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
        english = new IntentMatcher(SpeechIntents.intents(menu, townHall, "en"));
        french = new IntentMatcher(SpeechIntents.intents(menu, townHall, "fr"));
    }

    private static SpeechDecision decide(String language, String said) {
        IntentMatcher matcher = language.equals("fr") ? french : english;
        return SpeechDecision.of(matcher.match(new Transcript(said, List.of(), List.of())));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "en|I'd like to talk to someone about my bins|waste",
            "en|can I speak to a person about my passport|civil-status",
            "fr|je voudrais parler à quelqu'un pour l'inscription à la cantine|schools"})
    @DisplayName("asking for a person about a department's topic leads to that department, not to reception")
    void aPersonAboutATopicIsThatDepartment(String language, String said, String department) {
        assertEquals(department, decide(language, said).intent(), said);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {"en|can I speak to a person please", "fr|passez-moi l'accueil s'il vous plaît",
            "en|operator"})
    @DisplayName("asking for a person and nothing else is reception, at once")
    void aPersonAloneIsReception(String language, String said) {
        SpeechDecision decision = decide(language, said);
        assertEquals(SpeechIntents.RECEPTION, decision.intent(), said);
        assertEquals(SpeechDecision.Kind.ROUTE, decision.kind(), said);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"we want to get married at the town hall", "where is the town hall? I need a copy of my birth certificate"})
    @DisplayName("naming the town hall is no request for reception")
    void theTownHallIsNoRequest(String said) {
        assertEquals("civil-status", decide("en", said).intent(), said);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"my passport went through the washing machine", "our street light has been vandalised"})
    @DisplayName("two departments each heard by a word of their own are asked about, never routed at once")
    void contestedAnswersAreConfirmed(String said) {
        assertEquals(SpeechDecision.Kind.CONFIRM, decide("en", said).kind(), said);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("on a noisy line, readings that agree are confirmed rather than transferred at once")
    void noisyLineConfirms() {
        Transcript heard = new Transcript("there is a pothole in my street", List.of(), List.of());
        List<Recognition.Reading> quiet = List.of(new Recognition.Reading(heard, true, false),
                new Recognition.Reading(heard, false, false));
        List<Recognition.Reading> noisy = List.of(new Recognition.Reading(heard, true, true),
                new Recognition.Reading(heard, false, true));
        assertEquals(SpeechDecision.Kind.ROUTE, SpeechDecision.of(english, quiet).kind());
        SpeechDecision onNoise = SpeechDecision.of(english, noisy);
        assertEquals(SpeechDecision.Kind.CONFIRM, onNoise.kind());
        assertEquals("roads", onNoise.intent());
    }
}
