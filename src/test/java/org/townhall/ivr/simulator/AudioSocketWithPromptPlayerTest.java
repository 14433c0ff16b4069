package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.audiosocket.AudioSocketConfig;
import org.townhall.ivr.audiosocket.AudioSocketServer;
import org.townhall.ivr.audiosocket.AudioSocketSession;
import org.townhall.ivr.audiosocket.Frame;
import org.townhall.ivr.audiosocket.PendingSession;
import org.townhall.ivr.audiosocket.PromptPlayer;

/**
 * The simulator against the IVR's own AudioSocket server and prompt player, the loop an engine runs: the player
 * answers every caller frame, so the simulator keeps in step with it and a barge-in lands on the same frame in every
 * run, at time scale 0.
 */
class AudioSocketWithPromptPlayerTest {

    @TempDir
    Path temp;

    private AudioSocketServer server;

    @BeforeEach
    void start() throws Exception {
        server = new AudioSocketServer(AudioSocketConfig.defaults().withBindAddress("127.0.0.1").withPort(0)).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @RepeatedTest(3)
    @DisplayName("a caller who speaks over the greeting stops it on the frame where the speech starts")
    void bargeInToTheFrame() throws Exception {
        Path pothole = TestAudio.tone(temp.resolve("pothole.wav"), 3200);
        List<Long> speechAt = new ArrayList<>();
        CallTranscript call = new SimulatorHarness(temp).call(port -> CallSetup.to("127.0.0.1", port, "townhall"),
                CallerScript.parse("speak " + pothole + " after 500"), agi -> {
                    agi.readEnvironment();
                    agi.command("ANSWER");
                    PendingSession pending = server.expect(AudioSocketServer.newSessionId());
                    agi.send("EXEC AudioSocket " + pending.applicationData("127.0.0.1"));
                    try (AudioSocketSession audio = pending.await(Duration.ofSeconds(3))) {
                        listen(audio, speechAt);
                    }
                    assertEquals("200 result=0", agi.readLine());
                });
        assertEquals(List.of(4000L), speechAt, "the IVR hears the speech 0.5 s into the stream");
        assertEquals(1, call.streamedAudio().size());
        CallTranscript.StreamedAudio greeting = call.streamedAudio().get(0);
        assertEquals(20, greeting.startMs());
        assertEquals(520, greeting.endMs());
        assertEquals(CallTranscript.StreamedAudio.Ending.BARGE_IN, greeting.ending());
        assertEquals(1200, call.audioStreams().get(0).endMs(), "speech to 0.9 s, then 0.3 s of quiet");
        assertEquals(CallTranscript.AudioStreamEnd.IVR_HANGUP_FRAME, call.audioStreams().get(0).end());
        String dialogue = call.dialogue();
        assertTrue(dialogue.contains("[ 0.02] IVR      streams 0.50 s of audio (stopped early: barge-in)\n"
                + "[ 0.50] caller   says \"pothole.wav\" (400 ms)\n"
                + "[ 1.20] IVR      ends the AudioSocket stream (hang-up frame)\n"), dialogue);
    }

    /** The engine's loop: read a frame, "recognise" it, advance the player, decide. */
    private static void listen(AudioSocketSession audio, List<Long> speechAt) throws Exception {
        PromptPlayer player = new PromptPlayer(audio);
        player.play(TestAudio.toneSamples(16_000, 0));
        long heard = 0;
        int quiet = 0;
        boolean spoke = false;
        while (true) {
            var frame = audio.read(Duration.ofSeconds(5));
            if (frame.orElseThrow() instanceof Frame.Closed) {
                throw new AssertionError("the stream closed");
            }
            if (frame.get() instanceof Frame.Audio a) {
                boolean loud = false;
                for (short s : a.samples()) {
                    loud |= Math.abs(s) > 100;
                }
                if (loud && !spoke) {
                    spoke = true;
                    speechAt.add(heard);
                    player.stop();
                }
                quiet = spoke && !loud ? quiet + 1 : 0;
                heard += a.samples().length;
            }
            player.advance(frame);
            if (quiet == 15) {
                audio.hangup();
                return;
            }
        }
    }
}
