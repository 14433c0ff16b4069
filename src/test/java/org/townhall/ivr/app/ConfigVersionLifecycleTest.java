package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.cli.Main;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.speech.SpeechConfig;
import org.townhall.ivr.store.ConfigVersion;
import org.townhall.ivr.store.VersionOrigin;
import picocli.CommandLine;

/** Which version is live across restarts, and the YAML file in and out through the command line. */
class ConfigVersionLifecycleTest {
    static final String WELCOME = "\"Welcome to the town hall.\"";

    @TempDir
    Path dir;
    Path data;
    Path config;
    String yaml;

    @BeforeEach
    void copyTheDemo() throws Exception {
        data = dir.resolve("data");
        config = dir.resolve("townhall.yaml");
        yaml = Files.readString(Path.of("config/townhall.yaml"));
        Files.writeString(config, yaml);
    }

    private RunningServer start() throws Exception {
        return new RunningServer(data, config, SpeechConfig.Mode.OFF);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
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
    @DisplayName("a restart keeps the version published from the console when the file did not change")
    void restartKeepsTheConsoleVersion() throws Exception {
        String published;
        try (RunningServer ivr = start()) {
            ConfigVersion v = ivr.server.versions().save("maria", yaml.replace(WELCOME, "\"Hello.\""), "shorter", 1);
            ivr.server.versions().publish("maria", v.number());
            published = ivr.server.townHall().version();
        }

        try (RunningServer ivr = start()) {
            assertEquals(2, ivr.server.versions().liveNumber().orElseThrow());
            assertEquals(published, ivr.server.townHall().version());
            assertEquals(2, ivr.server.versions().versions().size());
        }
    }

    @Test
    @DisplayName("a file edited between two starts is imported as a new version and published")
    void editedFileIsImported() throws Exception {
        try (RunningServer ivr = start()) {
            ConfigVersion v = ivr.server.versions().save("maria", yaml.replace(WELCOME, "\"Hello.\""), "shorter", 1);
            ivr.server.versions().publish("maria", v.number());
        }
        Files.writeString(config, yaml.replace(WELCOME, "\"Good day.\""));

        try (RunningServer ivr = start()) {
            ConfigVersion live = ivr.server.versions().liveVersion();
            assertEquals(3, live.number());
            assertEquals(VersionOrigin.FILE, live.origin());
            assertEquals(2, live.basedOn());
            assertTrue(live.yaml().contains("Good day."));
        }
    }

    @Test
    @DisplayName("serve still refuses an invalid file, even with valid versions in the database")
    void invalidFileRefused() throws Exception {
        try (RunningServer ivr = start()) {
            assertEquals(1, ivr.server.versions().versions().size());
        }
        Files.writeString(config, yaml.replace("next: main", "next: nowhere"));
        try {
            start().close();
            throw new AssertionError("the server started on an invalid file");
        } catch (InvalidConfigException e) {
            assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        }
    }

    @Test
    @DisplayName("config export then import round-trips a version; a restart takes the published import")
    void exportImportRoundTrip() throws Exception {
        try (RunningServer ivr = start()) {
            ivr.server.versions().save("maria", yaml.replace(WELCOME, "\"Hello.\""), "draft", 1);
        }
        Path exported = dir.resolve("v2.yaml");

        Run export = cli("config", "export", "--data", data.toString(), "--version", "2", exported.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(Files.readString(exported).contains("en: \"Hello.\""));
        Run live = cli("config", "export", "--data", data.toString());
        assertEquals(yaml, live.out());

        Files.writeString(exported, Files.readString(exported).replace("\"Hello.\"", "\"Hello from the file.\""));
        Run imported = cli("config", "import", "--data", data.toString(), "--publish", "--comment", "from the CLI",
                exported.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("stored as version 3"), imported.out());

        try (RunningServer ivr = start()) {
            ConfigVersion v = ivr.server.versions().liveVersion();
            assertEquals(3, v.number());
            assertEquals(VersionOrigin.IMPORT, v.origin());
            assertEquals("command-line", v.author());
            assertEquals("from the CLI", v.comment());
            assertTrue(ivr.server.townHall().menu().node("welcome").prompts().get(0).text("en").orElseThrow()
                    .equals("Hello from the file."));
        }
    }

    @Test
    @DisplayName("config import rejects an invalid file with file:line and the reason, and stores nothing")
    void importRejectsInvalid() throws Exception {
        try (RunningServer ivr = start()) {
            assertEquals(1, ivr.server.versions().versions().size());
        }
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, yaml.replace("tag: ROADS", "tag: road works"));

        Run run = cli("config", "import", "--data", data.toString(), bad.toString());

        assertEquals(1, run.exit());
        int line = yaml.lines().toList().indexOf("    tag: ROADS") + 1;
        assertTrue(run.err().contains(bad + ":" + line + ": 'roads': tag 'road works'"), run.err());
        try (RunningServer ivr = start()) {
            assertEquals(1, ivr.server.versions().versions().size());
        }
    }
}
