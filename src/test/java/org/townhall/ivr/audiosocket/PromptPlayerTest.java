package org.townhall.ivr.audiosocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Prompt playback paced by the caller's frames, with a wall-clock fallback on an injected clock. */
class PromptPlayerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final long MS = 1_000_000L;

    private AudioSocketServer server;
    private AsteriskSide asterisk;
    private AudioSocketSession session;
    private final AtomicLong now = new AtomicLong(1_000 * MS);

    @BeforeEach
    void connect() throws Exception {
        server = new AudioSocketServer(AudioSocketConfig.defaults().withBindAddress("127.0.0.1").withPort(0)).start();
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        asterisk = AsteriskSide.connect(server.port(), id);
        session = pending.await(WAIT);
    }

    @AfterEach
    void close() throws IOException {
        session.close();
        asterisk.close();
        server.close();
    }

    @Test
    @DisplayName("each caller frame lets the player send the same duration of prompt, then silence")
    void pacedByCallerFrames() throws Exception {
        PromptPlayer player = new PromptPlayer(session, true, now::get);
        short[] prompt = AsteriskSide.ramp(400, 1);
        player.play(prompt);
        for (int i = 0; i < 4; i++) {
            asterisk.sendAudio(new short[160]);
            player.advance(session.read(WAIT));
        }
        assertArrayEquals(Arrays.copyOfRange(prompt, 0, 160), AsteriskSide.samples(asterisk.read().payload()));
        assertArrayEquals(Arrays.copyOfRange(prompt, 160, 320), AsteriskSide.samples(asterisk.read().payload()));
        assertArrayEquals(Arrays.copyOf(Arrays.copyOfRange(prompt, 320, 400), 160),
                AsteriskSide.samples(asterisk.read().payload()), "the end, filled up to 20 ms");
        assertArrayEquals(new short[160], AsteriskSide.samples(asterisk.read().payload()), "silence after it");
        assertTrue(player.finished());
        assertEquals(640, session.samplesSent(), "exactly as much as was read");
    }

    @Test
    @DisplayName("odd-sized caller frames add up before a chunk goes out")
    void oddFramesAccumulate() throws Exception {
        PromptPlayer player = new PromptPlayer(session, true, now::get);
        player.play(AsteriskSide.ramp(1000, 1));
        for (int i = 0; i < 13; i++) {
            asterisk.sendAudio(new short[12]);
            player.advance(session.read(WAIT));
        }
        assertEquals(0, session.samplesSent(), "156 samples read: not yet 20 ms");
        asterisk.sendAudio(new short[12]);
        player.advance(session.read(WAIT));
        assertEquals(160, session.samplesSent());
    }

    @Test
    @DisplayName("stop is a barge-in: the prompt stops at once, silence follows")
    void stopForBargeIn() throws Exception {
        PromptPlayer player = new PromptPlayer(session, true, now::get);
        player.play(AsteriskSide.ramp(8000, 1));
        asterisk.sendAudio(new short[160]);
        player.advance(session.read(WAIT));
        assertEquals(160, player.stop());
        assertFalse(player.isPlaying());
        assertFalse(player.finished());
        asterisk.sendAudio(new short[160]);
        player.advance(session.read(WAIT));
        asterisk.read();
        assertArrayEquals(new short[160], AsteriskSide.samples(asterisk.read().payload()));
    }

    @Test
    @DisplayName("without silence filling nothing is sent between prompts")
    void noSilenceFill() throws Exception {
        PromptPlayer player = new PromptPlayer(session, false, now::get);
        asterisk.sendAudio(new short[160]);
        player.advance(session.read(WAIT));
        assertEquals(0, session.samplesSent());
        player.play(AsteriskSide.ramp(100, 1));
        asterisk.sendAudio(new short[160]);
        player.advance(session.read(WAIT));
        assertEquals(100, session.samplesSent(), "no padding either");
    }

    @Test
    @DisplayName("when the caller's audio stops for 60 ms, a wall clock sends a chunk per 20 ms")
    void wallClockFallback() throws Exception {
        PromptPlayer player = new PromptPlayer(session, true, now::get);
        player.play(AsteriskSide.ramp(80_000, 1));
        now.addAndGet(40 * MS);
        player.advance(Optional.empty());
        assertEquals(0, session.samplesSent(), "40 ms without caller audio: still waiting for it");
        now.addAndGet(20 * MS);
        player.advance(Optional.empty());
        assertEquals(480, session.samplesSent(), "60 ms: the clock takes over and makes up the 60 ms");
        now.addAndGet(25 * MS);
        player.advance(Optional.empty());
        assertEquals(640, session.samplesSent(), "one more chunk per 20 ms");
        now.addAndGet(1_000 * MS);
        player.advance(Optional.empty());
        assertEquals(640 + 5 * 160, session.samplesSent(), "a late loop makes up 100 ms at most");
        asterisk.sendAudio(new short[160]);
        player.advance(session.read(WAIT));
        assertEquals(640 + 6 * 160, session.samplesSent(), "caller audio takes the lead again");
    }
}
