package org.townhall.ivr.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real MaryTTS, English voice only. */
class MaryTtsSynthesizerTest {
    private static final TextForSpeech EN = TextForSpeech.forLanguage("en");

    private static MaryTtsSynthesizer voice;

    @TempDir
    Path dir;

    @BeforeAll
    static void startMaryTts() {
        voice = SharedSynthesizer.get();
    }

    @Test
    @DisplayName("a sentence comes out as 8 kHz 16-bit mono WAV, as long as it takes to say, audible and unclipped")
    void telephoneAudio() throws Exception {
        String text = "Welcome to the town hall. Please listen carefully, as our options have changed.";
        int words = text.split("\\s+").length;

        TelephoneAudio audio = voice.synthesize(text, "en");

        assertPlausibleSpeech(audio, words);
        Path file = dir.resolve("welcome.wav");
        audio.writeWav(file);
        assertEquals(44 + 2L * audio.sampleCount(), Files.size(file));
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat format = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(8000f, format.getSampleRate());
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(1, format.getChannels());
            assertFalse(format.isBigEndian());
            assertEquals(audio.sampleCount(), in.getFrameLength());
        }
    }

    static List<String> spokenForms() {
        return List.of(
                "Your ticket number is " + EN.digits("A-4071") + ".",
                "Call us on " + EN.digits("0612 345 678") + ".",
                "There are " + EN.number(1245) + " people waiting.",
                "We reopen on " + EN.date(LocalDate.of(2026, 12, 1)) + ".",
                "Your appointment is on " + EN.dateWithYear(LocalDate.of(2027, 3, 22)) + ".",
                "We open at " + EN.time(LocalTime.of(9, 30)) + " and close at " + EN.time(LocalTime.of(17, 0)) + ".",
                "The office opens at 10 am on 12/01/2025, room 3.");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("spokenForms")
    @DisplayName("digits, numbers, dates and times are said")
    void spokenFormsAreSaid(String text) throws Exception {
        TelephoneAudio audio = voice.synthesize(text, "en");
        assertPlausibleSpeech(audio, text.split("\\s+").length);
    }

    @Test
    @DisplayName("asking for French without a French voice says where to put one, and only English is offered")
    void noFrenchVoice() {
        SynthesisException e = assertThrows(SynthesisException.class,
                () -> voice.synthesize("Bienvenue à la mairie.", "fr"));
        assertTrue(e.getMessage().contains("no French voice: put a MaryTTS French voice jar (e.g. "
                + "voice-upmc-pierre-hsmm-5.2.jar from https://github.com/marytts/"), e.getMessage());
        assertTrue(e.getMessage().contains(SharedSynthesizer.NO_VOICES.toAbsolutePath().normalize() + "/"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot say \"Bienvenue à la mairie.\" in 'fr'"), e.getMessage());
        assertEquals("fr", e.language());
        assertEquals(Set.of("en"), voice.languages());
    }

    @Test
    @DisplayName("a language MaryTTS cannot speak here is refused by name, listing the ones it can")
    void unknownLanguage() {
        SynthesisException e = assertThrows(SynthesisException.class, () -> voice.synthesize("Guten Tag", "de-DE"));
        assertEquals("no voice for language 'de'; this server speaks [en]", e.reason());
    }

    @Test
    @DisplayName("the language may carry a region or capitals")
    void languageTags() throws Exception {
        assertTrue(voice.synthesize("Hello.", "en-US").sampleCount() > 0);
        assertTrue(voice.synthesize("Hello.", "EN_gb").sampleCount() > 0);
    }

    @Test
    @DisplayName("text with nothing to say, or too much, is refused with the reason")
    void nothingToSay() {
        assertEquals("nothing to say (no letter or digit)",
                assertThrows(SynthesisException.class, () -> voice.synthesize(" ... ", "en")).reason());
        String essay = "word ".repeat(1200);
        assertTrue(assertThrows(SynthesisException.class, () -> voice.synthesize(essay, "en")).reason()
                .contains("more than " + MaryTtsSynthesizer.MAX_TEXT_LENGTH));
    }

    @Test
    @DisplayName("markup in the text is read out as text, not obeyed")
    void markupIsText() throws Exception {
        TelephoneAudio audio = voice.synthesize("<prosody rate=\"x-slow\">Hello</prosody> & goodbye", "en");
        // "prosody rate equals x slow hello slash prosody and goodbye", at the normal rate
        assertPlausibleSpeech(audio, 10);
    }

    @Test
    @DisplayName("the first new sentence after warm-up is ready in well under a second and a half")
    void fastAfterWarmUp() throws Exception {
        long t0 = System.nanoTime();
        TelephoneAudio audio = voice.synthesize("Thank you for calling, goodbye.", "en");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 1500, "took " + millis + " ms for " + audio + " (" + SharedSynthesizer.timings() + ")");
    }

    @Test
    @DisplayName("four threads synthesizing at once get exactly the audio one thread gets alone")
    void concurrentEqualsSequential() throws Exception {
        List<String> texts = List.of("Press one for civil status.", "Press two for waste collection.",
                "Our office opens at " + EN.time(LocalTime.of(8, 45)) + ".",
                "Your number is " + EN.digits("7 3 9 1") + ".", "Please hold, an agent will answer shortly.",
                "The 1st, 2nd and 3rd floors are closed on " + EN.date(LocalDate.of(2026, 12, 24)) + ".");
        List<TelephoneAudio> alone = new ArrayList<>();
        for (String text : texts) {
            alone.add(voice.synthesize(text, "en"));
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4,
                r -> new Thread(r, "tts-test-" + threadNumber.incrementAndGet()));
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<TelephoneAudio>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    go.await();
                    List<TelephoneAudio> mine = new ArrayList<>(texts.size());
                    for (int i = 0; i < texts.size(); i++) {
                        mine.add(null);
                    }
                    for (int i = 0; i < texts.size(); i++) {   // each thread in its own order
                        int k = (i + offset) % texts.size();
                        mine.set(k, voice.synthesize(texts.get(k), "en"));
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (Future<List<TelephoneAudio>> result : results) {
                List<TelephoneAudio> together = result.get(120, TimeUnit.SECONDS);
                for (int i = 0; i < texts.size(); i++) {
                    assertArrayEquals(alone.get(i).samples(), together.get(i).samples(), texts.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a closed synthesizer refuses work while the others sharing MaryTTS go on")
    void closeRefusesWork() throws Exception {
        MaryTtsSynthesizer second = new MaryTtsSynthesizer(dir.resolve("voices"));
        second.close();
        assertThrows(IllegalStateException.class, () -> second.synthesize("Hello.", "en"));
        assertTrue(voice.synthesize("Hello.", "en").sampleCount() > 0);
    }

    @Test
    @DisplayName("MaryTTS wrote no log directory into the working directory")
    void noLogDirectory() {
        assertFalse(Files.exists(Path.of("log")), "MaryTTS created ./log");
    }

    /** 8 kHz by construction; 0.25–1 s per word (plus MaryTTS's pauses), audible, loud enough, never clipped. */
    static void assertPlausibleSpeech(TelephoneAudio audio, int words) {
        double seconds = audio.durationMillis() / 1000.0;
        assertTrue(seconds >= 0.25 * words && seconds <= 1.0 * words + 1.0,
                seconds + " s for " + words + " words: " + audio);
        assertTrue(audio.rmsDbfs() > -30, "too quiet: " + audio);
        assertTrue(audio.peakDbfs() <= Loudness.PEAK_LIMIT_DBFS + 0.01, "too loud: " + audio);
        assertTrue(audio.peakDbfs() > -15, "peaks too low: " + audio);
    }
}
