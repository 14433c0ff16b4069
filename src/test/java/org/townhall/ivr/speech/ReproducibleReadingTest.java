package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.audio.WavFile;

/**
 * The same audio is always read the same: Kaldi's random dither is off in the model and the server adds the same
 * faint noise to every answer itself.
 */
class ReproducibleReadingTest {
    /** Real human telephone recordings (Debian's Asterisk core sounds), short and long, with digital silence. */
    private static final List<String> RECORDINGS = List.of("vm-reachoper", "conf-onlyperson", "vm-no", "auth-thankyou",
            "vm-intro");
    private static final Path SOUNDS = Path.of("/usr/share/asterisk/sounds/en");

    /** Every word, confidence and time of both readings (free-form, phrases) of a recording, fed in 20 ms frames. */
    private static List<Transcript> read(VoskSpeechRecognizer recognizer, short[] audio) {
        List<Vocabulary> readings = List.of(Vocabulary.FREE_FORM,
                Vocabulary.openAnswer(List.of("operator", "reception", "thank you", "person")));
        try (SpeechRecognizer.Utterance utterance = recognizer.start("en", readings)) {
            for (int at = 0; at < audio.length; at += 160) {
                short[] frame = java.util.Arrays.copyOfRange(audio, at, Math.min(audio.length, at + 160));
                utterance.accept(frame, frame.length);
            }
            return utterance.finishAll();
        }
    }

    @Test
    @DisplayName("a recording reads the same, word for word and to the last digit of each confidence, whatever was decoded before it")
    void sameAudioSameReading() throws Exception {
        assumeTrue(Files.isDirectory(SOUNDS), "Debian's asterisk-core-sounds-en-wav and asterisk-core-sounds-en (which "
                + "makes the sounds/en link) are not installed");
        try (SpeechModels models = SpeechModels.load(Path.of("models"), List.of("en"))) {
            VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(models);
            List<short[]> audio = new ArrayList<>();
            for (String name : RECORDINGS) {
                audio.add(WavFile.read8k(SOUNDS.resolve(name + ".wav")));
            }
            List<List<Transcript>> first = new ArrayList<>();
            for (short[] a : audio) {
                first.add(read(recognizer, a));
            }
            // again, in the reverse order: each recording now follows different audio
            for (int i = audio.size() - 1; i >= 0; i--) {
                assertEquals(first.get(i), read(recognizer, audio.get(i)), RECORDINGS.get(i) + " read again");
            }
            assertTrue(first.get(0).get(0).text().contains("operator"), "heard: " + first.get(0));
        }
    }

    @Test
    @DisplayName("the built model has Kaldi's random dither off; a model dropped in as downloaded is told apart")
    void randomDitherIsFoundInTheModelsOptions(@TempDir Path dir) throws Exception {
        assertFalse(SpeechModels.dithersAtRandom(Path.of("models/en")),
                "the build adds --dither=0 to models/en/conf/mfcc.conf");
        try (SpeechModels models = SpeechModels.load(Path.of("models"), List.of("en"))) {
            assertTrue(models.languages().contains("en"));
            assertFalse(models.dithersAtRandom("en"));
        }
        Path conf = Files.createDirectories(dir.resolve("conf")).resolve("mfcc.conf");
        assertTrue(SpeechModels.dithersAtRandom(dir), "no options: Kaldi's default dither");
        Files.writeString(conf, "--sample-frequency=16000\n--use-energy=false\n");
        assertTrue(SpeechModels.dithersAtRandom(dir), "as downloaded");
        Files.writeString(conf, "--sample-frequency=16000\n--dither=1.0\n");
        assertTrue(SpeechModels.dithersAtRandom(dir));
        Files.writeString(conf, "--sample-frequency=16000\n --dither=0 \n");
        assertFalse(SpeechModels.dithersAtRandom(dir));
        Files.writeString(conf, "--dither=0.0\n");
        assertFalse(SpeechModels.dithersAtRandom(dir));
        Files.writeString(conf, "--dither=0   # reproducible readings\n");
        assertFalse(SpeechModels.dithersAtRandom(dir), "a comment after the option, as Kaldi allows");
        Files.writeString(conf, "# --dither=0\n--use-energy=false\n");
        assertTrue(SpeechModels.dithersAtRandom(dir), "commented out");
        Files.writeString(conf, "--dither=0\n--dither=1\n");
        assertTrue(SpeechModels.dithersAtRandom(dir), "the last setting wins, as in Kaldi");
        Files.writeString(conf, "--dither=none\n");
        assertTrue(SpeechModels.dithersAtRandom(dir), "unreadable: taken as Kaldi's default");
    }
}
