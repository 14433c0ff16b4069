package org.townhall.ivr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
