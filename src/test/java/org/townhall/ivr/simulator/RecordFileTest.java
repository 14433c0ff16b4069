package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFileTest {

    @TempDir
    Path temp;
    SimulatorHarness harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = new SimulatorHarness(temp);
    }

    @Test
    void aDtmfEndedRecordingWritesAValidWavWithoutTheLast200Ms() throws Exception {
        CallTranscript transcript = harness.call("press # after 1000", c -> {
            c.readEnvironment();
            assertEquals("200 result=35 (dtmf) endpos=6400",
                    c.command("RECORD FILE /var/spool/townhall/msg-1 wav \"#\" 10000"));
            c.close();
        });
        Path file = harness.recordings.resolve("var/spool/townhall/msg-1.wav");
        assertEquals(6400, TestAudio.samplesOf8kMonoWav(file));
        CallTranscript.Recording recording = transcript.recordings().get(0);
        assertEquals(file, recording.file());
        assertEquals("dtmf", recording.endedBy());
        assertEquals(6400, recording.samples());
    }

    @Test
    void aBeepComesBeforeRecordingWhenAsked() throws Exception {
        harness.call("press # after 1250", c -> {
            c.readEnvironment();
            assertEquals("200 result=35 (dtmf) endpos=6400",
                    c.command("RECORD FILE \"/spool/x\" \"wav\" \"#\" 60000 0 BEEP s=3"));
            c.close();
        });
    }

    @Test
    void anEscapeDigitDuringTheBeepIsARandomError() throws Exception {
        harness.call("press # after 100", c -> {
            c.readEnvironment();
            assertEquals("200 result=35 (randomerror) endpos=0",
                    c.command("RECORD FILE /spool/y wav \"#\" 60000 BEEP"));
            c.close();
        });
        assertFalse(Files.exists(harness.recordings.resolve("spool/y.wav")));
    }

    @Test
    void aSilentCallerIsStoppedBySilenceDetectionKeepingOneSecond() throws Exception {
        harness.call("silence", c -> {
            c.readEnvironment();
            assertEquals("200 result=6980 (timeout) endpos=8160",
                    c.command("RECORD FILE /spool/s wav \"#\" 10000 0 s=3"));
            c.close();
        });
        short[] audio = AudioFiles.readWav8k(harness.recordings.resolve("spool/s.wav"));
        assertEquals(8160, audio.length);
        assertArrayEquals(new short[8160], audio, "a caller who says nothing leaves silence");
    }

    @Test
    void withoutSilenceDetectionTheTimeoutEndsTheRecordingWithResult1() throws Exception {
        assertEquals("200 result=1 (timeout) endpos=24000", harness.replyTo("silence", "RECORD FILE /spool/t wav \"#\" 3000"));
    }

    @Test
    void spokenAudioIsWrittenAndEndedBySilenceDetection() throws Exception {
        Path speech = TestAudio.tone(temp.resolve("complaint.wav"), 20_000);
        harness.call("speak " + speech, c -> {
            c.readEnvironment();
            // default until = 2.5 s of speech + (2 s - 1 s)
            assertEquals("200 result=16500 (timeout) endpos=20000",
                    c.command("RECORD FILE /spool/c wav \"#\" 20000 0 s=2"));
            c.close();
        });
        short[] written = AudioFiles.readWav8k(harness.recordings.resolve("spool/c.wav"));
        assertArrayEquals(AudioFiles.readWav8k(speech), written);
    }

    @Test
    void recordingInRawFormatsAndRelativeNames() throws Exception {
        harness.call("press # after 400; press # after 400", c -> {
            c.readEnvironment();
            assertEquals("200 result=35 (dtmf) endpos=1600", c.command("RECORD FILE greeting ulaw \"#\" 5000"));
            assertEquals("200 result=-1 (writefile)", c.command("RECORD FILE /spool/g gsm \"#\" 5000"));
            c.close();
        });
        Path ulaw = harness.recordings.resolve("var/lib/asterisk/sounds/greeting.ulaw");
        assertEquals(1600, Files.size(ulaw));
    }

    @Test
    void recordingAtAnOffsetKeepsTheBeginningOfTheExistingFile() throws Exception {
        Path speech = TestAudio.tone(temp.resolve("part.wav"), 4000);
        harness.call("speak " + speech + "; press # after 1200", c -> {
            c.readEnvironment();
            assertEquals("200 result=1 (timeout) endpos=4000", c.command("RECORD FILE /spool/o wav \"#\" 1000"));
            assertEquals("200 result=35 (dtmf) endpos=10000",
                    c.command("RECORD FILE /spool/o wav \"#\" 5000 2000"), "2000 kept + 1.2 s - 200 ms");
            c.close();
        });
        short[] audio = AudioFiles.readWav8k(harness.recordings.resolve("spool/o.wav"));
        assertEquals(10000, audio.length);
        short[] expectedStart = Arrays.copyOf(AudioFiles.readWav8k(speech), 2000);
        assertArrayEquals(expectedStart, Arrays.copyOf(audio, 2000));
    }

    @Test
    void anUnreadableSpeakFileFailsTheCallWithAClearMessage() throws Exception {
        try (FastAgiPeer peer = FastAgiPeer.start(c -> {
            c.readEnvironment();
            assertEquals(null, c.command("RECORD FILE /spool/q wav \"#\" 5000"), "the simulator hangs up the socket");
        })) {
            AsteriskSimulator simulator = new AsteriskSimulator(SimulatorOptions.instant()
                    .withRecordingRoot(harness.recordings));
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> simulator.call(CallSetup.to("127.0.0.1", peer.port(), "townhall"),
                            CallerScript.parse("speak /no/such/message.wav")));
            assertTrue(e.getMessage().contains("/no/such/message.wav"), e.getMessage());
            peer.await();
        }
    }

    @Test
    void aZeroTimeoutRecordsNothing() throws Exception {
        assertEquals("200 result=0 (timeout) endpos=0", harness.replyTo("", "RECORD FILE /spool/z wav \"#\" 0"));
    }
}
