package org.townhall.ivr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.audio.Sox;
import picocli.CommandLine;

/** The command line: what a supervisor types and reads. */
class CommandLineTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new Main()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    @DisplayName("validate accepts the demo town hall")
    void validateAcceptsTheDemo() {
        Run run = run("validate", "config/townhall.yaml");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("valid"), run.out());
        assertTrue(run.out().contains("8 departments"), run.out());
        assertTrue(!run.out().contains("never match"), run.out());
    }

    @Test
    @DisplayName("validate names the phrases the speech model can never hear, on their department's line")
    void validateNamesPhrasesNeverHeard() throws Exception {
        Path file = dir.resolve("unheard.yaml");
        String demo = Files.readString(Path.of("config/townhall.yaml"));
        Files.writeString(file, demo.replace("en: [pothole,", "en: [pothole, potholio, \"hole in the potholio\","));
        Run run = run("validate", file.toString());
        assertEquals(0, run.exit(), run.err());
        int roads = demo.lines().toList().indexOf("  roads:") + 1;
        assertTrue(run.out().contains(file + ":" + roads + ": warning: department 'roads' (en): phrase(s) [potholio, "
                + "hole in the potholio] never match: the speech model has no word [potholio]"), run.out());
    }

    @Test
    @DisplayName("validate reports that French has neither a voice nor recordings, and no speech model")
    void validateReportsMissingFrenchVoice() {
        Run run = run("validate", "config/townhall.yaml", "--prompts", dir.resolve("prompts").toString(),
                "--voices", dir.resolve("voices").toString(), "--models", dir.resolve("models").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("warning: no voice for 'fr'"), run.out());
        assertTrue(run.out().contains("callers asking for 'fr' get 'en'"), run.out());
        assertTrue(run.out().contains("no speech model for 'fr'"), run.out());
        assertTrue(!run.out().contains("no voice for 'en'"), run.out());
    }

    @Test
    @DisplayName("validate notes a language with a speech model but no sentence model; English has one built in")
    void validateNotesMissingSentenceModel() throws Exception {
        Path models = dir.resolve("models");
        for (String language : List.of("en", "fr")) {
            Files.createDirectories(models.resolve(language).resolve("am"));
            Files.createDirectories(models.resolve(language).resolve("conf"));
        }
        Run run = run("validate", "config/townhall.yaml", "--models", models.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("note: no sentence model for 'fr'"), run.out());
        assertTrue(!run.out().contains("sentence model for 'en'"), run.out());
    }

    @Test
    @DisplayName("validate rejects a bad file with file:line: node: reason, and exit code 1")
    void validateRejectsABadFile() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("config/townhall.yaml")).replace("2: to-roads", "2: to-road"));
        Run run = run("validate", bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(bad + ":"), run.err());
        assertTrue(run.err().contains("'main': unknown node reference 'to-road' (did you mean 'to-roads'?)"), run.err());
    }

    @Test
    @DisplayName("serve refuses to start on an invalid file")
    void serveRefusesAnInvalidFile() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("config/townhall.yaml")).replace("      fallback: to-reception\n", ""));
        Run run = run("serve", "--config", bad.toString(), "--data", dir.resolve("data").toString(),
                "--agi-port", "0", "--http-port", "0");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("menu without fallback"), run.err());
        assertTrue(run.err().contains("the server does not start"), run.err());
    }

    @Test
    @DisplayName("serve explains a clock that is not an instant")
    void serveRejectsABadClock() {
        Run run = run("serve", "--clock", "tomorrow", "--data", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--clock 'tomorrow' is not an ISO-8601 instant"), run.err());
    }

    @Test
    @DisplayName("phrase-check prints the written requests that miss their department, then totals per language")
    void phraseCheckShowsMisses() throws Exception {
        Path set = dir.resolve("requests.tsv");
        Files.writeString(set, String.join("\n", "# language\texpected\ttext",
                "en\troads\tthere is a pothole in my street",
                "en\tplanning\tmy cat climbed a tree and cannot get down",
                "en\tplanning\tI want to add a second storey to my bungalow",
                "fr\tcivil-status\tje voudrais renouveler mon passeport",
                "en\tnone\tum")) ;
        Run run = run("phrase-check", "--set", set.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(4, lines.length, run.out());
        assertTrue(lines[0].contains("\"line\":3") && lines[0].contains("\"expected\":\"planning\"")
                && lines[0].contains("\"basis\":\"phrases\""), lines[0]);
        // asked about by meaning (a confirmation, printed since it is not a direct transfer)
        assertTrue(lines[1].contains("\"line\":4") && lines[1].contains("\"outcome\":\"right-after-confirmation\"")
                && lines[1].contains("\"basis\":\"meaning\""), lines[1]);
        assertTrue(lines[2].contains("\"language\":\"en\"") && lines[2].contains("\"utterances\":4")
                && lines[2].contains("\"rightDirect\":1") && lines[2].contains("\"rightNoTransfer\":1"), lines[2]);
        assertTrue(lines[3].contains("\"language\":\"fr\"") && lines[3].contains("\"rightDirect\":1"), lines[3]);
    }

    @Test
    @DisplayName("spoken-requests prints the words callers confirmed or chose a key after, as a requests file")
    void spokenRequestsFromTheCallStore() throws Exception {
        Path data = dir.resolve("data");
        java.time.Instant t0 = java.time.Instant.parse("2026-12-01T09:00:00Z");
        try (org.townhall.ivr.store.sqlite.SqliteDatabase db = org.townhall.ivr.store.sqlite.SqliteDatabase.open(data)) {
            var store = new org.townhall.ivr.store.sqlite.SqliteCallStore(db);
            String id = store.callStarted(new org.townhall.ivr.store.CallStart("1.1", "0612345678", null, "PJSIP/t",
                    "en", t0, "v1"));
            store.stepTaken(id, new org.townhall.ivr.store.CallStep(t0, "main", "speech-not-understood",
                    "the bin men\tskipped us"));
            store.stepTaken(id, new org.townhall.ivr.store.CallStep(t0.plusSeconds(5), "main", "key", "3"));
            store.callEnded(id, new org.townhall.ivr.store.CallEnd(t0.plusSeconds(60),
                    org.townhall.ivr.store.Outcome.TRANSFERRED, "waste", "main:3", "en"));
        }
        Run run = run("spoken-requests", "--data", data.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertTrue(lines[0].startsWith("# language\texpected\ttext"), lines[0]);
        assertEquals("en\twaste\tthe bin men skipped us", lines[1]);
        Path requests = dir.resolve("from-calls.tsv");
        Files.writeString(requests, run.out());
        assertEquals(0, run("phrase-check", "--set", requests.toString()).exit());
    }

    @Test
    @DisplayName("speech-bench hears the rest of a request said after a pause in the next turn, as a live call does")
    void speechBenchHearsTheRestInTheNextTurn() throws Exception {
        var voice = new org.townhall.ivr.voice.MaryTtsSynthesizer(Path.of("voices"));
        short[] start = voice.synthesize("I look after my husband full time.", "en").samples();
        short[] rest = voice.synthesize("He's got dementia, is there any support for carers?", "en").samples();
        short[] audio = new short[start.length + 8000 + rest.length];
        System.arraycopy(start, 0, audio, 0, start.length);
        System.arraycopy(rest, 0, audio, start.length + 8000, rest.length); // a one-second pause between them
        org.townhall.ivr.voice.TelephoneAudio.ofSamples(audio).writeWav(dir.resolve("paused.wav"));
        Path set = dir.resolve("paused.tsv");
        Files.writeString(set, "paused.wav\tsocial\n");
        Run run = run("speech-bench", "--set", set.toString());
        assertEquals(0, run.exit(), run.err());
        var line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out().strip().split("\n")[0]);
        assertTrue(line.path("turnEndedEarly").asBoolean(), line.toString());
        var next = line.path("restHeardByNextTurn");
        assertEquals("went-on", next.path("reply").asText(), line.toString());
        assertTrue(next.path("readings").get(0).path("text").asText().contains("dementia"), line.toString());
        assertEquals("social", line.path("department").asText(), line.toString());
        assertTrue(next.path("msFrom").asDouble() > line.path("msTurnEnded").asDouble(), line.toString());
    }

    @Test
    @DisplayName("speech-bench measures a town hall's own recordings in any WAV variant, and names the lines it cannot")
    void speechBenchOnRecordingsAsTheyCome() throws Exception {
        Path operator = Path.of("/usr/share/asterisk/sounds/en/vm-reachoper.wav");
        assumeTrue(Files.exists(operator) && Sox.installed(), "install asterisk-core-sounds-en-wav and sox (.ci/run does)");
        // as a recorder app writes it
        Sox.convert(operator, dir.resolve("operator-44k-stereo.wav"), "-r", "44100", "-c", "2", "-b", "24");
        Sox.withEffects(operator, dir.resolve("late.wav"), "pad", "6", "0"); // six seconds before the first word
        Path set = dir.resolve("ours.tsv");
        Files.writeString(set, String.join("\n", "# wav\texpected",
                operator + "\treception",
                "operator-44k-stereo.wav\treception",
                "/usr/share/asterisk/sounds/en/vm-nobodyavail.wav\tnone",
                "late.wav\treception",
                "missing.wav\troads",
                operator + "\troad"));
        Run run = run("speech-bench", "--set", set.toString());
        assertEquals(1, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(5, lines.length, run.out());
        assertTrue(lines[0].contains("\"outcome\":\"right") && lines[0].contains("\"department\":\"reception\""), lines[0]);
        assertTrue(lines[1].contains("\"file\":\"operator-44k-stereo.wav\"") && lines[1].contains("\"outcome\":\"right")
                && lines[1].contains("\"department\":\"reception\""), lines[1]);
        assertTrue(lines[2].contains("\"outcome\":\"right-no-transfer\""), lines[2]);
        // each reading as the routing policy saw it, word by word with Vosk's confidence
        var readings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines[0]).path("readings");
        assertEquals(2, readings.size(), lines[0]);
        assertTrue(readings.get(0).path("freeForm").asBoolean() && !readings.get(1).path("freeForm").asBoolean(), lines[0]);
        var operatorWord = readings.get(1).path("words").findValues("word").stream()
                .anyMatch(w -> w.asText().equals("operator"));
        assertTrue(operatorWord, lines[0]);
        for (var word : readings.get(1).path("words")) {
            double confidence = word.path("confidence").asDouble(-1);
            assertTrue(confidence > 0 && confidence <= 1 && word.path("endSeconds").asDouble() > 0, lines[0]);
        }
        // as live: after 5 s without a sound the turn has no answer
        assertTrue(lines[3].contains("\"decision\":\"keys\"") && lines[3].contains("\"msTurnEnded\":5020.0")
                && lines[3].contains("\"turnEndedEarly\":true"), lines[3]);
        assertTrue(lines[4].contains("\"utterances\":4") && lines[4].contains("\"wrongTransfers\":0")
                && lines[4].contains("\"linesLeftOut\":2"), lines[4]);
        assertTrue(run.err().contains("ours.tsv line 6: no such file: " + dir.resolve("missing.wav")), run.err());
        assertTrue(run.err().contains("ours.tsv line 7: expected 'road' is neither a department this menu leads to ("),
                run.err());
    }

    @Test
    @DisplayName("phrase-check names the line of a request without three fields")
    void phraseCheckRejectsABadLine() throws Exception {
        Path set = dir.resolve("requests.tsv");
        Files.writeString(set, "en\troads\tpothole\nen pothole\n");
        Run run = run("phrase-check", "--set", set.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("requests.tsv:2: expected 'language<TAB>expected<TAB>text'"), run.err());
    }
}
