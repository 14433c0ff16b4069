package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioFilesTest {

    @TempDir
    Path temp;

    @Test
    void writesWavsLikeAsteriskDoes() throws Exception {
        short[] samples = new short[] {3, 5, 4, 3, 1, 1, -1, 0};
        Path file = temp.resolve("x.wav");
        AudioFiles.write(file, AudioFiles.Format.WAV, samples);
        byte[] asterisk = Files.readAllBytes(TraceReplayTest.REC_TEST);
        byte[] ours = Files.readAllBytes(file);
        assertArrayEquals(java.util.Arrays.copyOfRange(asterisk, 8, 40), java.util.Arrays.copyOfRange(ours, 8, 40),
                "same fmt chunk and data tag as the WAV Asterisk recorded");
        assertArrayEquals(samples, AudioFiles.readWav8k(file));
        assertEquals(8, TestAudio.samplesOf8kMonoWav(file));
    }

    @Test
    void readsTheRecordedTraceFile() throws Exception {
        assertEquals(25546, AudioFiles.samples(TraceReplayTest.REC_TEST, AudioFiles.Format.WAV));
        assertEquals(25546, AudioFiles.readWav8k(TraceReplayTest.REC_TEST).length);
    }

    @Test
    void rawFormatsAreTimedBySize() throws Exception {
        Path sln = temp.resolve("a.sln");
        Files.write(sln, new byte[16000]);
        Path ulaw = temp.resolve("a.ulaw");
        Files.write(ulaw, new byte[8000]);
        Path gsm = temp.resolve("a.gsm");
        Files.write(gsm, new byte[33 * 50]);
        assertEquals(8000, AudioFiles.samples(sln, AudioFiles.Format.SLN));
        assertEquals(8000, AudioFiles.samples(ulaw, AudioFiles.Format.ULAW));
        assertEquals(8000, AudioFiles.samples(gsm, AudioFiles.Format.GSM));
    }

    @Test
    void soundsAreFoundInLanguageDirectoriesThenBuiltIn() throws Exception {
        Path en = temp.resolve("sounds/en");
        TestAudio.tone(en.resolve("hello-world.wav"), 8000);
        TestAudio.tone(temp.resolve("sounds/fr/hello-world.wav"), 9000);
        SoundLibrary library = new SoundLibrary(List.of(en), null);
        assertEquals(8000, library.find("hello-world", "en").orElseThrow().samples());
        assertEquals(9000, library.find("hello-world", "fr").orElseThrow().samples());
        assertEquals(8000, library.find("hello-world", "de").orElseThrow().samples());
        assertEquals(SoundLibrary.BEEP_SAMPLES, library.find("beep", "en").orElseThrow().samples());
        assertEquals(16000, library.find("silence/2", "en").orElseThrow().samples());
        assertTrue(library.find("demo-congrats", "en").isEmpty());
        assertTrue(library.find("", "en").isEmpty());
    }
}
