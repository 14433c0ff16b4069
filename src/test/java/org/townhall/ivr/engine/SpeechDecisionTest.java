package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.SentenceMeanings;
import org.townhall.ivr.speech.Transcript;

/** The routing policy on the demo's phrases, for answers heard word for word. */
class SpeechDecisionTest {
    private static IntentMatcher english;
    private static IntentMatcher french;
    private static MeaningMatcher englishMeaning;

    @BeforeAll
    static void demo() throws Exception {
        english = DemoSpokenMenu.phrases("en");
        french = DemoSpokenMenu.phrases("fr");
        englishMeaning = DemoSpokenMenu.meaning("en");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("the spoken menu lists its departments in the file's order on every run (ties break the same way)")
    void departmentsInFileOrder() throws Exception {
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        var menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
        assertEquals(List.of("civil-status", "roads", "waste", "planning", "schools", "social", "police", "reception"),
                List.copyOf(SpeechIntents.departmentTargets(menu, townHall).keySet()));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a department is compared in meaning with each of its wordings once, phrases then example requests")
    void meaningsHaveEachWordingOnce() throws Exception {
        // a supervisor pastes requests that repeat a phrase and each other
        String demo = java.nio.file.Files.readString(Path.of("config/townhall.yaml"));
        TownHall townHall = ConfigLoader.parse(demo.replace("        - \"operator please\"\n",
                "        - \"operator please\"\n        - \"Operator.\"\n        - \"Operator please!\"\n"), "test.yaml");
        var menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
        var reception = townHall.department("reception");
        assertTrue(reception.examples("en").contains("Operator."));
        List<String> meanings = SpeechIntents.meanings(menu, townHall, "en").get("reception");
        assertEquals(reception.phrases("en"), meanings.subList(0, reception.phrases("en").size()));
        assertTrue(meanings.contains("operator please"));
        assertEquals(reception.phrases("en").size() + reception.examples("en").size() - 2, meanings.size());
        java.util.Set<String> wordings = new java.util.HashSet<>();
        for (String m : meanings) {
            assertTrue(wordings.add(org.townhall.ivr.config.Department.sameWords(m)), "twice: " + m);
        }
        assertEquals(1, meanings.stream().filter(m -> m.equalsIgnoreCase("operator")).count());
    }

    private static List<Recognition.Reading> heard(String... readings) {
        List<Recognition.Reading> list = new java.util.ArrayList<>();
        for (int i = 0; i < readings.length; i++) {
            list.add(new Recognition.Reading(new Transcript(readings[i], List.of(), List.of()), i == 0, false));
        }
        return list;
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
        assertEquals(SpeechDecision.Kind.ROUTE, SpeechDecision.of(english, MeaningMatcher.none(), quiet).kind());
        SpeechDecision onNoise = SpeechDecision.of(english, MeaningMatcher.none(), noisy);
        assertEquals(SpeechDecision.Kind.CONFIRM, onNoise.kind());
        assertEquals("roads", onNoise.intent());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "it's pitch black on our road at night since last tuesday|roads",
            "my old mum can't cope on her own since dad passed|social",
            "I want to add a second storey to my bungalow|planning",
            "we are getting wed in june and need to book the ceremony|civil-status",
            "somebody keeps leaving their car on the pavement outside my gate|police"})
    @DisplayName("a request in words of its own is asked about for the department it means, which phrases miss")
    void requestsInTheirOwnWordsAreConfirmedByMeaning(String said, String department) {
        SpeechDecision byPhrases = SpeechDecision.of(english, MeaningMatcher.none(), heard(said, said));
        SpeechDecision byMeaning = SpeechDecision.of(english, englishMeaning, heard(said, said));
        org.junit.jupiter.api.Assertions.assertNotEquals(department, byPhrases.intent(), "phrases alone: " + byPhrases);
        assertEquals(new SpeechDecision(SpeechDecision.Kind.CONFIRM, department, byMeaning.score(),
                SpeechDecision.Basis.MEANING), byMeaning);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"hello", "what", "yes", "thank you", "just a moment", "sorry what did you say", "hang on a sec", "bye",
            "help", "my son", "my car", "it's about my"})
    @DisplayName("words that ask for nothing are not understood, meaning or not")
    void noRequestMeansNothing(String said) {
        assertEquals(SpeechDecision.Kind.NOT_UNDERSTOOD, SpeechDecision.of(english, englishMeaning, heard(said, said))
                .kind(), said);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("meaning never transfers nor overrides a routed answer it does not plainly contradict; readings that mean different things change "
            + "nothing; a reading that means nothing does not stand in the way")
    void meaningOnlyEverAsks() {
        SpeechDecision routed = SpeechDecision.of(english, englishMeaning,
                heard("there is a pothole in my street", "there is a pothole in my street"));
        assertEquals(new SpeechDecision(SpeechDecision.Kind.ROUTE, "roads", routed.score()), routed);
        SpeechDecision split = SpeechDecision.of(english, englishMeaning,
                heard("it's pitch black on our road at night", "my old mum can't cope on her own since dad passed"));
        assertEquals(SpeechDecision.Kind.NOT_UNDERSTOOD, split.kind(), split::toString);
        // the phrase reading made words up (heard in SpeechRoutingTest): the free-form reading's meaning is asked about
        SpeechDecision garbled = SpeechDecision.of(english, englishMeaning,
                heard("need a new cards to travel abroad", "need new card to driving of drugs"));
        assertEquals(new SpeechDecision(SpeechDecision.Kind.CONFIRM, "civil-status", garbled.score(),
                SpeechDecision.Basis.MEANING), garbled);
        // both readings heard a person asked for (a real recording, "press zero to reach an operator", misheard):
        // what the rest seems to mean does not replace reception
        SpeechDecision operator = SpeechDecision.of(english, englishMeaning,
                heard("browse the road you reach an operator", "branch the road you agent operator"));
        assertEquals("reception", operator.intent(), operator::toString);
        // without a free-form reading (its budget in use), the phrase reading's meaning is asked about
        SpeechDecision phrasesOnly = SpeechDecision.of(english, englishMeaning, List.of(new Recognition.Reading(
                new Transcript("it's pitch black on our road at night since last tuesday", List.of(), List.of()), false,
                false)));
        assertEquals(new SpeechDecision(SpeechDecision.Kind.CONFIRM, "roads", phrasesOnly.score(),
                SpeechDecision.Basis.MEANING), phrasesOnly);
    }

    @ParameterizedTest(name = "\"{0}\" / \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            // free-form, then phrase reading, of the same recordings (the sixth and fresh spoken sets)
            "oh wait the election|do waste collection|waste",
            "are you a pin on saturday mornings|are you open on saturday morning|reception",
            "well i in the street|a wallet in the street|police",
            "nine hundred eighty seven and she can't cope on her own anymore she needs someone to come in"
                    + "|my mum is eighty seven and she can't cope on her own anymore she and needs someone to come in"
                    + "|social"})
    @DisplayName("the phrase reading, which hears requests worded like the examples, is asked about when its "
            + "meaning is clear and clearly closer than the free-form one's")
    void phraseReadingMeaning(String freeForm, String phrases, String department) {
        SpeechDecision decision = SpeechDecision.of(english, englishMeaning, heard(freeForm, phrases));
        assertEquals(department, decision.intent(), decision::toString);
        assertEquals(SpeechDecision.Kind.CONFIRM, decision.kind(), decision::toString);
    }

    @ParameterizedTest(name = "\"{0}\" / \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            // free-form, then phrase reading, of recordings of the ninth spoken set
            "hello saved over half of queens avenue for weeks and nobody's ever working on it"
                    + "|hello they dug up half of cleaned avenue for weeks and nobody's every working on it|roads",
            "the hi my wallet dot net and the police gave me a report"
                    + "|hi my wallet got nicked and the police gave me a report|civil-status"})
    @DisplayName("an answer a little closer in meaning to one department than to any other is asked about for it")
    void slightlyCloserMeaning(String freeForm, String phrases, String department) {
        SpeechDecision decision = SpeechDecision.of(english, englishMeaning, heard(freeForm, phrases));
        assertEquals(new SpeechDecision(SpeechDecision.Kind.CONFIRM, department, decision.score(),
                SpeechDecision.Basis.MEANING), decision);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            // a male voice (flite's awb) on the fresh set: "street" and "gutter" route to roads; both readings mean
            // litter, which is asked about
            "google yes it's mrs hughes on so and road the street hasn't been swept in months there's chris package "
                    + "sentence and leaves just piling up in the gutter"
                    + "|hello yes it's mrs use on sign road the street hasn't been swept in months there's press package "
                    + "son turns and leaves just piling up in the gutter|waste|the readings mean another department",
            // flite's slt voice on the fresh set: "washing machine" routes to waste; only the phrase reading means civil
            // status, so waste is asked about
            "yeah well i saw my third went through the washing machine and my jeans pocket it's completely ruin what do "
                    + "i do to get a new one"
                    + "|yeah my son my id card went through the washing machine and lives in talk is it's completely "
                    + "ruined when do i do to get a new one|waste|one reading means another department"})
    @DisplayName("a transfer on a side remark's words becomes a question when a reading plainly means another department")
    void plainMeaningStopsATransfer(String freeForm, String phrases, String askedAbout, String why) {
        assertEquals(SpeechDecision.Kind.ROUTE, SpeechDecision.of(english, MeaningMatcher.none(),
                heard(freeForm, phrases)).kind(), why);
        SpeechDecision decision = SpeechDecision.of(english, englishMeaning, heard(freeForm, phrases));
        assertEquals(SpeechDecision.Kind.CONFIRM, decision.kind(), why);
        assertEquals(askedAbout, decision.intent(), why);
    }

    @ParameterizedTest(name = "\"{0}\" / \"{1}\"")
    @CsvSource(delimiter = '|', value = {"then journalism|vandalism", "vandalism|then journalism"})
    @DisplayName("a department one reading heard by its own words as the whole answer is asked about, whatever the "
            + "other reading's mishearing means")
    void ownWordsBeforeAnotherReadingsMeaning(String freeForm, String phrases) {
        SpeechDecision decision = SpeechDecision.of(english, englishMeaning, heard(freeForm, phrases));
        assertEquals(new SpeechDecision(SpeechDecision.Kind.CONFIRM, "police", decision.score()), decision);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            // the fresh set, noisy: both readings heard "talk to someone", no schools phrase, and plainly mean schools
            "my son has a nut allergy him i need to talk to someone about a blind faith that your"
                    + "|my son has a nut allergy and i need to talk to someone about help line place at your"
                    + "|schools|a person about a topic every reading plainly means",
            "one to register my job search for a reception pull us in september"
                    + "|want to register my daughter for reception class in september"
                    + "|schools|\"reception\" heard with a department's own words",
            // a real recording ("press zero to reach an operator") streamed: one reading makes a road up
            "browse the road to reach an operator|branch the road you waiting operator|reception"
                    + "|a person asked for, a department in one reading only"})
    @DisplayName("a person asked for is a person of the department every reading heard or plainly means, else reception")
    void personAskedFor(String freeForm, String phrases, String department, String why) {
        SpeechDecision decision = SpeechDecision.of(english, englishMeaning, heard(freeForm, phrases));
        assertEquals(SpeechDecision.Kind.CONFIRM, decision.kind(), why);
        assertEquals(department, decision.intent(), why);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("an answer like a department's example request, in none of its phrases, is asked about for it")
    void exampleRequestsAddMeaning() throws Exception {
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        var menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
        MeaningMatcher phrasesOnly = SentenceMeanings.load(Path.of("models"), List.of("en"))
                .matcher("en", SpeechIntents.intents(menu, townHall, "en"));
        String said = "we're thinking of turning the old shop downstairs into a flat what do we need to do";
        SpeechDecision without = SpeechDecision.of(english, phrasesOnly, heard(said, said));
        SpeechDecision with = SpeechDecision.of(english, englishMeaning, heard(said, said));
        assertEquals(SpeechDecision.Kind.NOT_UNDERSTOOD, without.kind(), without::toString);
        assertEquals(new SpeechDecision(SpeechDecision.Kind.CONFIRM, "planning", with.score(),
                SpeechDecision.Basis.MEANING), with);
    }
}
