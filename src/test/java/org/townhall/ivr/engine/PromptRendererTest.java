package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.audio.Sox;
import org.townhall.ivr.audio.WavFile;

/** Rendering the demo's prompts with the real voice, checked by ear: through the real speech model. */
class PromptRendererTest {
    static TownHall demo;
    /** The demo rendered once for the whole class (rendering takes a few seconds). */
    static Path rendered;
    static PromptRenderer.Report first;

    @TempDir
    Path prompts;

    @BeforeAll
    static void renderOnce(@TempDir Path dir) throws Exception {
        demo = ConfigLoader.load(Path.of("config/townhall.yaml"));
        rendered = dir;
        first = new PromptRenderer(rendered, VoiceRoundTrip.voice()).render(demo);
    }

    /** A copy of the rendered demo, to change. */
    private void copyRendered() throws Exception {
        try (var files = Files.walk(rendered)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = prompts.resolve(rendered.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }

    /** The rendered prompts, but for {@code ids}, as if recorded there by a person (no longer in the manifest). */
    private void renderedExcept(String... ids) throws Exception {
        copyRendered();
        Path manifest = prompts.resolve("en/" + PromptRenderer.MANIFEST);
        String kept = Files.readString(manifest);
        for (String id : ids) {
            kept = kept.replaceAll("(?m)^" + java.util.regex.Pattern.quote(id) + "=.*\\R", "");
        }
        Files.writeString(manifest, kept);
    }

    private PromptRenderer.Report render(TownHall townHall) throws Exception {
        return new PromptRenderer(prompts, VoiceRoundTrip.voice()).render(townHall);
    }

    @Test
    @DisplayName("every English prompt becomes 8 kHz 16-bit mono audio of a plausible length, not silent")
    void renderedPromptsHaveTheRightFormat() throws Exception {
        assertEquals(demo.allPrompts().size(), first.rendered().size(), first::summary);
        for (Prompt prompt : demo.allPrompts()) {
            Path file = rendered.resolve("en").resolve(prompt.id() + ".wav");
            assertTrue(WavFile.info(Files.readAllBytes(file)).isTelephoneWav(), prompt.id());
            short[] audio = WavFile.read8k(file);
            int words = prompt.text("en").orElseThrow().split("\\s+").length;
            double seconds = audio.length / 8000.0;
            assertTrue(seconds > 0.2 * words && seconds < 1.2 * words + 1, prompt.id() + ": " + seconds + " s for " + words + " words");
            double sum = 0;
            for (short s : audio) {
                sum += (double) s * s;
            }
            double rmsDbfs = 20 * Math.log10(Math.sqrt(sum / audio.length) / 32768);
            assertTrue(rmsDbfs > -30, prompt.id() + " is too quiet: " + rmsDbfs + " dBFS");
        }
        assertTrue(Files.readString(rendered.resolve("en/.gitignore")).contains("welcome.wav"), "rendered audio is not committed");
    }

    @Test
    @DisplayName("without a French voice, the French prompts are reported, not rendered")
    void frenchWithoutVoiceIsReported() throws Exception {
        assertEquals(demo.allPrompts().size(), first.noVoice().size());
        assertTrue(first.noVoice().contains("fr/welcome"));
    }

    @Test
    @DisplayName("only prompts whose text changed are rendered again")
    void onlyChangedPromptsAreRendered() throws Exception {
        copyRendered();
        PromptRenderer.Report again = render(demo);
        assertEquals(0, again.rendered().size());
        String yaml = Files.readString(Path.of("config/townhall.yaml")).replace("Welcome to the town hall.", "Welcome to the city hall.");
        PromptRenderer.Report changed = render(ConfigLoader.parse(yaml, "changed.yaml"));
        assertEquals(List.of("en/welcome"), changed.rendered());
    }

    @Test
    @DisplayName("a recorded file overrides synthesis and is never overwritten")
    void recordingOverridesSynthesis() throws Exception {
        renderedExcept("welcome");
        Path recorded = prompts.resolve("en/welcome.wav");
        Files.copy(Path.of("../shared/asterisk/traces/rec-test.wav"), recorded, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(recorded);

        PromptRenderer.Report report = render(demo);

        assertTrue(report.recorded().contains("en/welcome"));
        assertArrayEquals(before, Files.readAllBytes(recorded));
        assertTrue(!Files.readString(prompts.resolve("en/.gitignore")).contains("welcome.wav"), "recordings are committed");
    }

    @Test
    @DisplayName("a recording in another WAV variant is converted for the telephone, its original kept; an unplayable one is reported")
    void recordingIsConvertedForTheTelephone() throws Exception {
        Path human = Path.of("/usr/share/asterisk/sounds/en/vm-reachoper.wav");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(human) && Sox.installed(),
                "install asterisk-core-sounds-en-wav and sox (.ci/run does)");
        renderedExcept("welcome", "message.goodbye");
        Path recorded = Sox.convert(human, prompts.resolve("en/welcome.wav"), "-r", "44100", "-c", "2", "-b", "24");
        byte[] original = Files.readAllBytes(recorded);
        Files.writeString(prompts.resolve("en/message.goodbye.wav"), "not audio");

        PromptRenderer.Report report = render(demo);

        assertEquals(List.of("en/welcome"), report.converted());
        assertTrue(WavFile.info(Files.readAllBytes(recorded)).isTelephoneWav());
        Path kept = prompts.resolve("en/originals/welcome.wav");
        assertArrayEquals(original, Files.readAllBytes(kept), "original kept");
        assertArrayEquals(WavFile.read8k(kept), WavFile.read8k(recorded), "the same audio, at 8 kHz");
        assertEquals(List.of("en/message.goodbye"), report.failed());
        assertEquals("not audio", Files.readString(prompts.resolve("en/message.goodbye.wav")), "left as it is");
        assertTrue(render(demo).converted().isEmpty(), "converted once");
    }

    @Test
    @DisplayName("the speech model understands the rendered prompts: word error rate at most 20 %")
    void roundTripThroughSpeechRecognition() throws Exception {
        int said = 0;
        double errors = 0;
        List<String> report = new ArrayList<>();
        for (Prompt prompt : demo.allPrompts()) {
            List<String> text = VoiceRoundTrip.words(prompt.text("en").orElseThrow());
            String heard = VoiceRoundTrip.hear(WavFile.read8k(rendered.resolve("en/" + prompt.id() + ".wav")));
            double wer = VoiceRoundTrip.wordErrorRate(text, VoiceRoundTrip.words(heard));
            errors += wer * text.size();
            said += text.size();
            report.add(String.format("%.2f %s | %s", wer, prompt.id(), heard));
        }
        double wer = errors / said;
        assertTrue(wer <= 0.20, "WER " + wer + "\n" + String.join("\n", report));
    }
}
