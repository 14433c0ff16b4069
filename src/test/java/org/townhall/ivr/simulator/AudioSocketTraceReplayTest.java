package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the AudioSocket traces recorded from Asterisk 22.10.1: a FastAGI peer plays the IVR's AGI side of each
 * trace line for line, an AudioSocket peer plays what the trace's AudioSocket server did; the simulator must answer
 * the AGI lines byte for byte and send frames of the recorded shape.
 */
class AudioSocketTraceReplayTest {

    private static final Pattern EXEC = Pattern.compile("EXEC AudioSocket ([0-9a-f-]{36}),127\\.0\\.0\\.1:9092");
    /** The trace servers sent hello-world back after about 71 frames, and ended the stream after 145. */
    private static final int ECHO_AFTER = 71;
    private static final int END_AFTER = 145;

    @TempDir
    static Path temp;

    static Path sounds;

    @BeforeAll
    static void sounds() throws IOException {
        sounds = temp.resolve("sounds");
        TestAudio.tone(sounds.resolve("beep.wav"), 3404);
    }

    @Test
    @DisplayName("audiosocket.txt: the IVR's hang-up frame ends EXEC AudioSocket with 0 and the call goes on")
    void hangupFrame() throws Exception {
        List<AudioSocketPeer.Frame> frames = new ArrayList<>();
        CallTranscript call = replay("audiosocket.txt", "press 5 after 1860", c -> {
            converse(c, frames);
            c.sendHangup();
            c.readToEnd();
        });
        checkFrames(frames, "79a38083-2e50-4692-ae3e-d0df5c845310");
        assertEquals(CallTranscript.AudioStreamEnd.IVR_HANGUP_FRAME, call.audioStreams().get(0).end());
        assertEquals(0, call.audioStreams().get(0).result());
        assertEquals("5", call.audioStreams().get(0).keysPressed());
        assertTrue(!call.callerHungUp());
    }

    @Test
    @DisplayName("audiosocket-close.txt: the IVR closing the socket ends EXEC AudioSocket with 0")
    void serverCloses() throws Exception {
        List<AudioSocketPeer.Frame> frames = new ArrayList<>();
        CallTranscript call = replay("audiosocket-close.txt", "press 5 after 1860", c -> {
            converse(c, frames);
            c.shutdownOutput();
            c.readToEnd();
        });
        checkFrames(frames, "8f31bd5b-93b4-481c-b0e6-e012ca700e91");
        assertEquals(CallTranscript.AudioStreamEnd.IVR_CLOSED, call.audioStreams().get(0).end());
    }

    @Test
    @DisplayName("audiosocket-error.txt: an error frame ends EXEC AudioSocket with -1, the channel stays up")
    void errorFrame() throws Exception {
        List<AudioSocketPeer.Frame> frames = new ArrayList<>();
        CallTranscript call = replay("audiosocket-error.txt", "press 5 after 1860", c -> {
            converse(c, frames);
            c.sendRaw((byte) 0xff, (byte) 0, (byte) 1, (byte) 1);
            try {
                c.readToEnd();
            } catch (IOException e) {
                // Asterisk closes with unread data: the trace's server saw a reset too
            }
        });
        checkFrames(frames, "bca55778-b65f-411b-8bc6-99532aaf496c");
        assertEquals(CallTranscript.AudioStreamEnd.IVR_ERROR_FRAME, call.audioStreams().get(0).end());
        assertEquals(-1, call.audioStreams().get(0).result());
        assertTrue(!call.channelHungUp() || !call.callerHungUp(), "the caller is still there");
    }

    @Test
    @DisplayName("hangup-audiosocket.txt: the caller hangs up after 1.4 s: 70 frames, the socket closes, -1, HANGUP")
    void callerHangsUp() throws Exception {
        List<AudioSocketPeer.Frame> frames = new ArrayList<>();
        CallTranscript call = replay("hangup-audiosocket.txt", "hangup after 1400", c -> {
            AudioSocketPeer.Frame frame;
            while ((frame = c.read()) != null) {
                frames.add(frame);
            }
            try {
                for (int i = 0; i < 70; i++) {
                    c.sendAudio(new short[160]);
                }
            } catch (IOException e) {
                // the trace's server wrote hello-world into the closed socket; a reset is fine
            }
        });
        assertEquals(0x01, frames.get(0).kind());
        assertEquals(70, frames.stream().filter(AudioSocketPeer.Frame::isAudio).count(), "1.4 s of 20 ms frames");
        assertTrue(frames.stream().skip(1).allMatch(f -> f.isAudio() && f.payload().length == 320));
        assertTrue(call.callerHungUp());
        assertEquals(1400, call.callerHangupMs().getAsLong());
        assertEquals(CallTranscript.AudioStreamEnd.CALLER_HUNG_UP, call.audioStreams().get(0).end());
    }

    /** The trace server's part: UUID, echo hello-world after ~1.4 s, expect DTMF 5, stop after 145 frames. */
    private static void converse(AudioSocketPeer.Connection c, List<AudioSocketPeer.Frame> frames) throws IOException {
        AudioSocketPeer.Frame frame = c.read();
        frames.add(frame);
        boolean echoed = false;
        while (c.audioFramesRead < END_AFTER) {
            frame = c.read();
            assertNotNull(frame, "the simulator closed the stream early");
            frames.add(frame);
            if (!echoed && c.audioFramesRead >= ECHO_AFTER) {
                for (int i = 0; i < 71; i++) {
                    c.sendAudio(TestAudio.toneSamples(160, i * 160));
                }
                echoed = true;
            }
        }
    }

    private static void checkFrames(List<AudioSocketPeer.Frame> frames, String uuid) {
        AudioSocketPeer.Frame first = frames.get(0);
        assertEquals(0x01, first.kind(), "the UUID frame comes first");
        assertArrayEquals(uuidBytes(uuid), first.payload());
        int audioBefore = 0;
        AudioSocketPeer.Frame dtmf = null;
        for (AudioSocketPeer.Frame f : frames.subList(1, frames.size())) {
            if (f.isAudio()) {
                assertEquals(320, f.payload().length, "20 ms of 8 kHz slin per frame");
                if (dtmf == null) {
                    audioBefore++;
                }
            } else {
                assertEquals(0x03, f.kind(), "only audio and DTMF frames");
                assertNull(dtmf, "one key pressed");
                dtmf = f;
            }
        }
        assertNotNull(dtmf, "the DTMF frame for the pressed key");
        assertArrayEquals(new byte[] {'5'}, dtmf.payload());
        assertEquals(93, audioBefore, "pressed 1.86 s into the stream: after 93 frames of 20 ms");
    }

    private static byte[] uuidBytes(String uuid) {
        String hex = uuid.replace("-", "");
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private static CallTranscript replay(String name, String caller, AudioSocketPeer.Conversation audio)
            throws Exception {
        AsteriskTrace trace = AsteriskTrace.load(TraceReplayTest.TRACES.resolve(name));
        SimulatorOptions options = SimulatorOptions.instant().withSoundDirectories(sounds);
        try (AudioSocketPeer audioPeer = AudioSocketPeer.start(audio);
             FastAgiPeer agiPeer = FastAgiPeer.start(c -> {
                 assertEquals(trace.environmentLines(), c.readEnvironment(), "environment block");
                 for (AsteriskTrace.Entry entry : trace.conversation()) {
                     switch (entry.direction()) {
                         case TO_ASTERISK -> c.send(withPort(entry.text(), audioPeer.port()));
                         case FROM_ASTERISK -> assertEquals(entry.text(), c.readLine(),
                                 "trace line " + entry.lineNumber());
                         default -> {
                         }
                     }
                 }
                 c.shutdownOutput();
                 assertEquals("HANGUP\n", c.readRemaining(), "after the trace, only run_agi's farewell HANGUP");
             })) {
            CallTranscript transcript = new AsteriskSimulator(options)
                    .call(trace.callSetup("127.0.0.1", agiPeer.port()), CallerScript.parse(caller));
            agiPeer.await();
            audioPeer.await();
            List<String> expected = trace.commands().stream().map(c -> withPort(c, audioPeer.port())).toList();
            assertEquals(expected, transcript.commands());
            assertTrue(transcript.serverClosed());
            return transcript;
        }
    }

    private static String withPort(String command, int port) {
        Matcher m = EXEC.matcher(command);
        return m.matches() ? "EXEC AudioSocket " + m.group(1) + ",127.0.0.1:" + port : command;
    }
}
