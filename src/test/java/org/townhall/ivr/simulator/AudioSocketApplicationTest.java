package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EXEC AudioSocket in the simulator: failures, caller actions in the stream, what the IVR streamed, limits. */
class AudioSocketApplicationTest {

    private static final String UUID = "0b9c2f5e-4a3d-4e8f-9a1b-2c3d4e5f6a7b";
    /** 0.4 s of tone: what the caller says. */
    private static final int SPEECH_SAMPLES = 3200;
    /** 1 s of tone: the IVR's prompt. */
    private static final int PROMPT_SAMPLES = 8000;

    @TempDir
    Path temp;

    private SimulatorHarness harness;
    private Path speech;

    @BeforeEach
    void setUp() throws IOException {
        harness = new SimulatorHarness(temp);
        speech = TestAudio.tone(temp.resolve("pothole.wav"), SPEECH_SAMPLES);
    }

    @Test
    @DisplayName("a refused connection returns -1 and leaves the call up")
    void refusedConnection() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        int port = closedPort;
        CallTranscript call = harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("ANSWER"));
            assertEquals("200 result=-1", c.command("EXEC AudioSocket " + UUID + ",127.0.0.1:" + port));
            assertEquals("200 result=6", c.command("CHANNEL STATUS"));
        });
        assertEquals(CallTranscript.AudioStreamEnd.NOT_STARTED, call.audioStreams().get(0).end());
        assertTrue(call.dialogue().contains("cannot connect to AudioSocket 127.0.0.1:" + port), call.dialogue());
        assertTrue(!call.channelHungUp());
    }

    @Test
    @DisplayName("a malformed UUID or server returns -1 without connecting")
    void badArguments() throws Exception {
        harness.call("", c -> {
            c.readEnvironment();
            c.command("ANSWER");
            assertEquals("200 result=-1", c.command("EXEC AudioSocket not-a-uuid,127.0.0.1:9"));
            assertEquals("200 result=-1", c.command("EXEC AudioSocket " + UUID.toUpperCase() + "x,127.0.0.1:9"));
            assertEquals("200 result=-1", c.command("EXEC AudioSocket " + UUID + ",127.0.0.1"));
            assertEquals("200 result=-1", c.command("EXEC AudioSocket ," + "127.0.0.1:9"));
            assertEquals("200 result=6", c.command("CHANNEL STATUS"));
        });
    }

    @Test
    @DisplayName("on a channel not answered, Asterisk connects and closes without a UUID frame: -1")
    void notAnswered() throws Exception {
        AtomicReference<AudioSocketPeer.Frame> first = new AtomicReference<>();
        try (AudioSocketPeer ivr = AudioSocketPeer.start(c -> first.set(c.read()))) {
            harness.call("", c -> {
                c.readEnvironment();
                assertEquals("200 result=-1", c.command("EXEC AudioSocket " + UUID + ",127.0.0.1:" + ivr.port()));
            });
            ivr.await();
        }
        assertNull(first.get(), "nothing was sent");
    }

    @Test
    @DisplayName("the caller's speech reaches the IVR after its delay, sample for sample, in 320-byte frames")
    void speechAfterDelay() throws Exception {
        short[][] heard = new short[1][];
        CallTranscript call = streamCall("speak " + speech + " after 500", c -> {
            short[] all = new short[0];
            while (c.audioFramesRead < 100) {
                AudioSocketPeer.Frame f = c.read();
                assertEquals(320, f.payload().length);
                all = concat(all, f.samples());
                c.sendAudio(new short[160]);
            }
            heard[0] = all;
            c.sendHangup();
            c.readToEnd();
        });
        short[] audio = heard[0];
        assertArrayEquals(TestAudio.toneSamples(SPEECH_SAMPLES, 0), Arrays.copyOfRange(audio, 4000, 4000 + SPEECH_SAMPLES));
        assertTrue(isQuiet(Arrays.copyOfRange(audio, 0, 4000)), "silence before the speech");
        assertTrue(isQuiet(Arrays.copyOfRange(audio, 7200, audio.length)), "silence after it");
        assertTrue(!isAllZero(Arrays.copyOfRange(audio, 0, 4000)), "a real line's silence is not digital zero");
        CallTranscript.AudioStream stream = call.audioStreams().get(0);
        assertEquals(List.of(speech), stream.spoken());
        assertEquals(2000, stream.endMs() - stream.startMs(), "100 frames, in step with the IVR");
        assertTrue(call.dialogue().contains("caller   says \"pothole.wav\" (400 ms)"), call.dialogue());
        assertTrue(call.streamedAudio().isEmpty(), "the IVR sent only silence");
    }

    @Test
    @DisplayName("an IVR that stops its prompt when the caller speaks shows as a barge-in, to the frame")
    void bargeIn() throws Exception {
        CallTranscript call = streamCall("speak " + speech + " after 500", c -> {
            short[] prompt = TestAudio.toneSamples(PROMPT_SAMPLES, 0);
            int played = 0;
            boolean stopped = false;
            int quietAfterSpeech = 0;
            while (true) {
                AudioSocketPeer.Frame f = c.read();
                boolean loud = !isQuiet(f.samples());
                stopped |= loud;
                quietAfterSpeech = stopped && !loud ? quietAfterSpeech + 1 : 0;
                if (!stopped && played < PROMPT_SAMPLES) {
                    c.sendAudio(Arrays.copyOfRange(prompt, played, played + 160));
                    played += 160;
                } else {
                    c.sendAudio(new short[160]);
                }
                if (quietAfterSpeech == 25) {
                    c.sendHangup();
                    break;
                }
            }
            c.readToEnd();
        });
        CallTranscript.StreamedAudio prompt = call.streamedAudio().get(0);
        assertEquals(1, call.streamedAudio().size());
        assertEquals(CallTranscript.StreamedAudio.Ending.BARGE_IN, prompt.ending());
        assertEquals(20, prompt.startMs(), "the answer to the first caller frame");
        assertEquals(520, prompt.endMs(), "the IVR heard the speech in the frame that starts at 500 ms");
        assertArrayEquals(TestAudio.toneSamples(4000, 0), prompt.samples());
        assertTrue(call.dialogue().contains("[ 0.02] IVR      streams 0.50 s of audio (stopped early: barge-in)"),
                call.dialogue());
        assertTrue(call.dialogue().contains("[ 0.50] caller   says \"pothole.wav\" (400 ms)"), call.dialogue());
        assertEquals(1400, call.audioStreams().get(0).endMs(), "speech ends at 0.9 s, then 25 quiet frames");
        assertEquals(0, call.audioStreams().get(0).result());
    }

    @Test
    @DisplayName("a prompt the caller does not interrupt plays to its end")
    void promptPlays() throws Exception {
        CallTranscript call = streamCall("silence", c -> {
            short[] prompt = TestAudio.toneSamples(PROMPT_SAMPLES, 0);
            for (int i = 0; i < 75; i++) {
                c.read();
                c.sendAudio(i < 50 ? Arrays.copyOfRange(prompt, i * 160, i * 160 + 160) : new short[160]);
            }
            c.shutdownOutput();
            c.readToEnd();
        });
        CallTranscript.StreamedAudio prompt = call.streamedAudio().get(0);
        assertEquals(CallTranscript.StreamedAudio.Ending.PLAYED, prompt.ending());
        assertEquals(1000, prompt.durationMs());
        assertEquals(CallTranscript.AudioStreamEnd.IVR_CLOSED, call.audioStreams().get(0).end());
        assertEquals(1500, call.audioStreams().get(0).endMs());
    }

    @Test
    @DisplayName("keys are DTMF frames between audio frames; keys the IVR did not wait for stay in the script")
    void pressedKeys() throws Exception {
        int[] framesBeforeKey = new int[1];
        CallTranscript call = harness.call(port -> CallSetup.to("127.0.0.1", port, "townhall"),
                CallerScript.parse("press 12 after 300"), agi -> {
                    try (AudioSocketPeer ivr = AudioSocketPeer.start(c -> {
                        c.read();
                        while (c.audioFramesRead < 20) {
                            AudioSocketPeer.Frame f = c.read();
                            if (f.kind() == 0x03) {
                                assertArrayEquals(new byte[] {'1'}, f.payload());
                                framesBeforeKey[0] = c.audioFramesRead;
                            } else {
                                c.sendAudio(new short[160]);
                            }
                        }
                        c.sendHangup();
                        c.readToEnd();
                    })) {
                        agi.readEnvironment();
                        agi.command("ANSWER");
                        assertEquals("200 result=0",
                                agi.command("EXEC AudioSocket " + UUID + ",127.0.0.1:" + ivr.port()));
                        assertEquals("200 result=50", agi.command("WAIT FOR DIGIT 1000"));
                        ivr.await();
                    }
                });
        assertEquals(15, framesBeforeKey[0], "the key at 300 ms follows 15 frames");
        assertEquals("1", call.audioStreams().get(0).keysPressed());
        assertTrue(call.dialogue().contains("[ 0.30] caller   presses 1"), call.dialogue());
        assertTrue(call.dialogue().contains("[ 0.55] caller   presses 2"), call.dialogue());
    }

    @Test
    @DisplayName("after audioSocketMaxAudio the caller sends nothing more and Asterisk gives up 2 s later: -1")
    void audioLimit() throws Exception {
        harness.with(o -> o.withAudioSocketMaxAudio(Duration.ofSeconds(1)).withTimeScale(0.01));
        int[] frames = new int[1];
        CallTranscript call = streamCall("silence", c -> {
            c.readToEnd();
            frames[0] = c.audioFramesRead;
        });
        assertEquals(50, frames[0]);
        CallTranscript.AudioStream stream = call.audioStreams().get(0);
        assertEquals(CallTranscript.AudioStreamEnd.INACTIVITY_TIMEOUT, stream.end());
        assertEquals(-1, stream.result());
        assertEquals(3000, stream.endMs() - stream.startMs());
        assertTrue(!call.channelHungUp());
    }

    @Test
    @DisplayName("a frame Asterisk does not take from the IVR (DTMF) ends the stream with -1")
    void invalidFrame() throws Exception {
        CallTranscript call = streamCall("", c -> {
            c.read();
            c.sendRaw((byte) 0x03, (byte) 0, (byte) 1, (byte) '5');
            try {
                c.readToEnd();
            } catch (IOException e) {
                // Asterisk closed with our data unread
            }
        });
        assertEquals(CallTranscript.AudioStreamEnd.IVR_INVALID_FRAME, call.audioStreams().get(0).end());
        assertEquals(-1, call.audioStreams().get(0).result());
    }

    @Test
    @DisplayName("the caller hanging up closes the socket without a hang-up frame, ends EXEC with -1, then HANGUP")
    void callerHangsUp() throws Exception {
        CallTranscript call = harness.call(port -> CallSetup.to("127.0.0.1", port, "townhall"),
                CallerScript.parse("hangup after 500"), agi -> {
                    try (AudioSocketPeer ivr = AudioSocketPeer.start(c -> {
                        AudioSocketPeer.Frame f;
                        c.read();
                        while ((f = c.read()) != null) {
                            assertEquals(0x10, f.kind(), "no hang-up frame from Asterisk");
                            c.sendAudio(new short[160]);
                        }
                        assertEquals(25, c.audioFramesRead);
                    })) {
                        agi.readEnvironment();
                        agi.command("ANSWER");
                        assertEquals("200 result=-1",
                                agi.command("EXEC AudioSocket " + UUID + ",127.0.0.1:" + ivr.port()));
                        assertEquals("HANGUP", agi.readLine());
                        assertEquals(SimulatorHarness.DEAD, agi.command("CHANNEL STATUS"));
                        ivr.await();
                    }
                });
        assertEquals(500, call.callerHangupMs().getAsLong());
    }

    @Test
    @DisplayName("a speech file the simulator cannot decode fails the call with a clear error")
    void unreadableSpeech() throws Exception {
        Path gsm = temp.resolve("message.gsm");
        java.nio.file.Files.write(gsm, new byte[330]);
        IOException e = assertThrows(IOException.class, () -> streamCall("speak " + gsm, c -> {
            c.readToEnd();
        }));
        assertTrue(e.getMessage().contains("message.gsm"), e.getMessage());
    }

    @Test
    @DisplayName("speak takes an 'after' delay and prints it back")
    void speakAfterParses() {
        CallerScript script = CallerScript.parse("speak /tmp/a.wav after 750; speak /tmp/b.wav until 2000");
        assertEquals(new CallerAction.Speak(Path.of("/tmp/a.wav"), null, Duration.ofMillis(750)),
                script.actions().get(0));
        assertEquals(script, CallerScript.parse(script.toString()));
    }

    /** A call that answers, runs EXEC AudioSocket against {@code ivr}, and expects it to return. */
    private CallTranscript streamCall(String caller, AudioSocketPeer.Conversation ivrSide) throws Exception {
        try (AudioSocketPeer ivr = AudioSocketPeer.start(c -> {
            AudioSocketPeer.Frame uuid = c.read();
            assertEquals(0x01, uuid.kind());
            ivrSide.run(c);
        })) {
            CallTranscript call = harness.call(port -> CallSetup.to("127.0.0.1", port, "townhall"),
                    CallerScript.parse(caller), agi -> {
                        agi.readEnvironment();
                        agi.command("ANSWER");
                        String reply = agi.command("EXEC AudioSocket " + UUID + ",127.0.0.1:" + ivr.port());
                        assertTrue(reply.startsWith("200 result="), reply);
                    });
            ivr.await();
            return call;
        }
    }

    private static boolean isQuiet(short[] samples) {
        for (short s : samples) {
            if (Math.abs(s) > 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllZero(short[] samples) {
        for (short s : samples) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    private static short[] concat(short[] a, short[] b) {
        short[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
