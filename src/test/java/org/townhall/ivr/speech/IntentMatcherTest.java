package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.Department;
import org.townhall.ivr.config.TownHall;

/** The demo's phrases against the labelled utterances of ../shared/speech, as text (no audio yet). */
class IntentMatcherTest {
    static Map<String, List<String>> intents(TownHall townHall, String language) {
        Map<String, List<String>> intents = new LinkedHashMap<>();
        for (Department d : townHall.departments().values()) {
            intents.put(d.id(), d.phrases(language));
        }
        return intents;
    }

    private static Transcript text(String text) {
        return new Transcript(text, List.of(), List.of());
    }

    @Test
    @DisplayName("the demo phrases find the right department for the labelled utterances written out exactly")
    void labelledUtterancesAsText() throws Exception {
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        Map<String, IntentMatcher> matchers = Map.of("en", new IntentMatcher(intents(townHall, "en")),
                "fr", new IntentMatcher(intents(townHall, "fr")));
        List<String> wrong = new ArrayList<>();
        int total = 0;
        for (String line : Files.readAllLines(Path.of("../shared/speech/utterances-dev.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            IntentMatcher.Match m = matchers.get(f[0]).match(text(f[2]));
            String got = m.isEmpty() ? "none" : m.best().intent();
            total++;
            if (!got.equals(f[1])) {
                wrong.add(f[1] + " <- '" + f[2] + "' got " + got + " " + m.ranking());
            }
        }
        assertTrue(wrong.size() <= total / 20, wrong.size() + "/" + total + " wrong:\n" + String.join("\n", wrong));
    }

    @Test
    @DisplayName("a phrase counts only when all its meaningful words are heard")
    void wholePhrasesOnly() {
        IntentMatcher m = new IntentMatcher(Map.of("roads", List.of("street light"), "police", List.of("noisy neighbours")));
        assertTrue(m.match(text("the light")).isEmpty());
        assertEquals("roads", m.match(text("the street lights are off")).best().intent());
        assertEquals("police", m.match(text("my neighbour is so noisy")).best().intent());
    }

    @Test
    @DisplayName("British phrases match the American spellings the recognizer writes")
    void britishAndAmericanSpellings() {
        IntentMatcher m = new IntentMatcher(Map.of("police", List.of("vandalised", "noisy neighbours"),
                "roads", List.of("recycling centre")));
        assertEquals("police", m.match(text("somebody vandalized my car")).best().intent());
        assertEquals("police", m.match(text("my noisy neighbors again")).best().intent());
        assertEquals("roads", m.match(text("the recycling center is closed")).best().intent());
        assertTrue(m.match(text("a vandal")).isEmpty());
    }

    @Test
    @DisplayName("a carer is not a car")
    void stemmingKeepsCareApartFromCar() {
        IntentMatcher m = new IntentMatcher(Map.of("social", List.of("carer", "care home"), "police", List.of("parked car")));
        assertTrue(m.match(text("a car")).isEmpty());
        assertEquals("police", m.match(text("a car is parked in front")).best().intent());
        assertEquals("social", m.match(text("I need a carer")).best().intent());
    }

    @Test
    @DisplayName("a phrase's words count when close together, in either order; far apart they are no phrase")
    void phraseWordsCloseTogether() {
        IntentMatcher m = new IntentMatcher(Map.of("social", List.of("night shelter", "carer"),
                "police", List.of("smashed", "parked car")));
        IntentMatcher.Match vandalism = m.match(text("last night someone smashed the glass of the bus shelter"));
        assertEquals(List.of("police"), vandalism.ranking().stream().map(IntentMatcher.Scored::intent).toList());
        assertEquals("police", m.match(text("a car is parked in front of my gate")).best().intent());
        assertEquals("social", m.match(text("is there a night shelter")).best().intent());
        assertTrue(m.match(text("my daughter needs day care")).isEmpty(), "care is not a carer");
    }

    @Test
    @DisplayName("a French elided word matches the word alone (l'accueil is accueil), English contractions stay whole")
    void frenchElision() {
        IntentMatcher m = new IntentMatcher(Map.of("reception", List.of("accueil"), "schools", List.of("école"),
                "civil-status", List.of("carte d'identité")));
        assertEquals("reception", m.match(text("Passez-moi l'accueil, s'il vous plaît")).best().intent());
        assertEquals("schools", m.match(text("c'est pour l'école de mon fils")).best().intent());
        assertEquals("civil-status", m.match(text("ma carte identité est périmée")).best().intent());
        assertEquals(List.of("i'm", "don't", "it's"), Words.tokens("I'm... don't, it's"));
    }

    @Test
    @DisplayName("low word confidence lowers the score")
    void confidenceWeighs() {
        IntentMatcher m = new IntentMatcher(Map.of("roads", List.of("pothole")));
        double sure = m.match(new Transcript("pothole", List.of(new Transcript.Word("pothole", 1.0, 1)), List.of()))
                .best().score();
        double unsure = m.match(new Transcript("pothole", List.of(new Transcript.Word("pothole", 0.4, 1)), List.of()))
                .best().score();
        assertTrue(unsure < sure / 2);
    }

    @Test
    @DisplayName("a phrase heard only inside another department's longer phrase is no evidence for its own department")
    void partOfALongerPhraseCountsForTheLongerOne() throws Exception {
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        IntentMatcher french = new IntentMatcher(intents(townHall, "fr"));
        // "fête" alone is a police phrase (a noisy party); "salle des fêtes" is reception's (hiring the hall)
        IntentMatcher.Match hall = french.match(text("je voudrais louer la salle des fêtes pour un anniversaire"));
        assertEquals(List.of("reception"), hall.ranking().stream().map(IntentMatcher.Scored::intent).toList());
        IntentMatcher.Match party = french.match(text("les voisins font la fête tous les soirs"));
        assertEquals("police", party.best().intent());
        // a word heard twice, once alone and once inside the longer phrase, still counts alone
        IntentMatcher english = new IntentMatcher(intents(townHall, "en"));
        IntentMatcher.Match dog = english.match(text("there is a loud dog next door and it leaves dog mess everywhere"));
        assertTrue(dog.ranking().stream().anyMatch(s -> s.intent().equals("police")), dog.ranking()::toString);
    }
}
