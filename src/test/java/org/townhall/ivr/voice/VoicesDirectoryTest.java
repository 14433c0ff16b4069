package org.townhall.ivr.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voices from a voices directory, and a clean start-up, each in a fresh JVM (MaryTTS starts once per process) whose
 * working directory is empty, so that any file MaryTTS writes there shows.
 */
class VoicesDirectoryTest {
    private static final long PROBE_TIMEOUT_SECONDS = 180;

    @TempDir
    Path work;

    @Test
    @DisplayName("a French voice jar in voices/ makes French speakable; jars that cannot work are skipped with a warning")
    void frenchVoiceFromVoicesDirectory() throws Exception {
        assumeTrue(FakeVoiceJars.canCompile(), "needs a JDK to build the test voice");
        Path voices = Files.createDirectories(work.resolve("voices"));
        FakeVoiceJars.relabelled(voices.resolve("voice-test-fr-hsmm-5.2.jar"), "test-fr-hsmm", "TestFrHsmm", "fr", work);
        FakeVoiceJars.relabelled(voices.resolve("voice-test-de-hsmm-5.2.jar"), "test-de-hsmm", "TestDeHsmm", "de", work);
        FakeVoiceJars.notAVoice(voices.resolve("readme.jar"));
        Files.copy(FakeVoiceJars.englishVoiceJar(), voices.resolve("voice-cmu-slt-hsmm-5.2.1.jar"));

        Probe probe = runProbe(voices);

        assertEquals("en,fr", probe.report.getProperty("languages"), probe.output);
        assertFalse(probe.report.containsKey("fr.error"), probe.report.getProperty("fr.error"));
        long frenchMillis = Long.parseLong(probe.report.getProperty("fr.audio.ms"));
        assertTrue(frenchMillis > 1000 && frenchMillis < 8000, frenchMillis + " ms of French");
        assertTrue(Double.parseDouble(probe.report.getProperty("fr.rmsDbfs")) > -30);
        assertTrue(probe.output.contains("voice-test-de-hsmm-5.2.jar: voice 'test-de-hsmm' speaks 'de'"), probe.output);
        assertTrue(probe.output.contains("readme.jar: not a MaryTTS voice jar"), probe.output);
        assertTrue(probe.output.contains("voice-cmu-slt-hsmm-5.2.1.jar: a voice named 'cmu-slt-hsmm' is already loaded"),
                probe.output);
        probe.assertCleanStartUp();
    }

    @Test
    @DisplayName("without voices, a fresh process speaks English only, explains French, prints no stack trace and writes no file")
    void cleanStartWithoutVoices() throws Exception {
        Probe probe = runProbe(work.resolve("voices"));

        assertEquals("en", probe.report.getProperty("languages"));
        assertTrue(probe.report.getProperty("fr.error").contains("no French voice: put a MaryTTS French voice jar (e.g. "
                + "voice-upmc-pierre-hsmm-5.2.jar from https://github.com/marytts/"), probe.report.getProperty("fr.error"));
        assertTrue(probe.report.getProperty("fr.error").contains(work.resolve("voices") + "/"));
        probe.assertCleanStartUp();
        System.out.println("measured in a fresh JVM: " + probe.report);
    }

    private record Probe(Properties report, String output, Path workingDirectory) {
        void assertCleanStartUp() throws IOException {
            assertEquals("", report.getProperty("cwd.files"), "files written in the working directory");
            try (var files = Files.list(workingDirectory)) {
                assertEquals(List.of(), files.toList(), "files written in the working directory");
            }
            assertFalse(output.contains("Exception") || output.contains("\tat "), "stack trace in the output:\n" + output);
            assertFalse(output.contains("JTok"), output);
        }
    }

    private Probe runProbe(Path voices) throws Exception {
        Path workingDirectory = Files.createDirectories(work.resolve("cwd"));
        Path report = work.resolve("report.properties");
        Path output = work.resolve("output.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                VoiceProbe.class.getName(), voices.toString(), report.toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("probe JVM did not finish in " + PROBE_TIMEOUT_SECONDS + " s:\n"
                    + Files.readString(output));
        }
        String text = Files.readString(output);
        assertEquals(0, process.exitValue(), text);
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(report)) {
            properties.load(in);
        }
        return new Probe(properties, text, workingDirectory);
    }
}
