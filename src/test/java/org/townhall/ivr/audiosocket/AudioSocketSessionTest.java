package org.townhall.ivr.audiosocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One session against a test-side Asterisk: what it reads, what it sends, how it ends. */
class AudioSocketSessionTest {

    static final Path TRACES = Path.of("../shared/asterisk/traces");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private AudioSocketServer server;

    @BeforeEach
    void start() throws IOException {
        server = new AudioSocketServer(AudioSocketConfig.defaults().withBindAddress("127.0.0.1").withPort(0)).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("the frames Asterisk sent in the trace (audiosocket.raw) are read back sample for sample")
    void replaysRecordedAudio() throws Exception {
        byte[] raw = Files.readAllBytes(TRACES.resolve("audiosocket.raw"));
        assertEquals(145 * 320 + 24, raw.length, "the trace: 146 frames of 320 bytes but one of 24");
        UUID id = UUID.fromString("79a38083-2e50-4692-ae3e-d0df5c845310");
        PendingSession pending = server.expect(id);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.write(AsteriskSide.uuidFrame(id));
        for (int from = 0; from < raw.length; from += 320) {
            wire.write(AsteriskSide.frame(0x10, Arrays.copyOfRange(raw, from, Math.min(raw.length, from + 320))));
        }
        AsteriskSide asterisk = new AsteriskSide(server.port());
        asterisk.send(wire.toByteArray());
        asterisk.close();
        try (AudioSocketSession session = pending.await(WAIT)) {
            ByteArrayOutputStream heard = new ByteArrayOutputStream();
            int frames = 0;
            Frame frame;
            while (!((frame = session.read(WAIT).orElseThrow()) instanceof Frame.Closed)) {
                for (short s : ((Frame.Audio) frame).samples()) {
                    heard.write(s & 0xff);
                    heard.write((s >> 8) & 0xff);
                }
                frames++;
            }
            assertEquals(146, frames);
            assertArrayEquals(raw, heard.toByteArray());
            assertEquals(raw.length / 2, session.samplesReceived());
            assertEquals(id, session.id());
        }
    }

    @Test
    @DisplayName("DTMF and error frames arrive in order; after the socket closes, every read says Closed")
    void framesThenClosed() throws Exception {
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        AsteriskSide asterisk = AsteriskSide.connect(server.port(), id);
        asterisk.sendAudio(new short[] {1, 2, 3});
        asterisk.send(AsteriskSide.frame(0x03, new byte[] {'7'}));
        asterisk.send(AsteriskSide.frame(0x42, new byte[] {9, 9}));
        asterisk.send(AsteriskSide.frame(0xff, new byte[] {4}));
        asterisk.close();
        try (AudioSocketSession session = pending.await(WAIT)) {
            assertArrayEquals(new short[] {1, 2, 3}, ((Frame.Audio) session.read(WAIT).orElseThrow()).samples());
            assertEquals(Optional.of(new Frame.Dtmf('7')), session.read(WAIT), "an unknown kind is skipped");
            assertEquals(Optional.of(new Frame.Error(4)), session.read(WAIT));
            assertEquals(Optional.of(Frame.CLOSED), session.read(WAIT));
            assertEquals(Optional.of(Frame.CLOSED), session.read(Duration.ZERO));
            assertFalse(session.isOpen());
        }
    }

    @Test
    @DisplayName("read returns empty when nothing arrives in time")
    void readTimesOut() throws Exception {
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        try (AsteriskSide asterisk = AsteriskSide.connect(server.port(), id);
             AudioSocketSession session = pending.await(WAIT)) {
            assertEquals(Optional.empty(), session.read(Duration.ofMillis(30)));
            assertTrue(session.isOpen());
            asterisk.sendAudio(new short[] {9});
            assertArrayEquals(new short[] {9}, ((Frame.Audio) session.read(WAIT).orElseThrow()).samples());
        }
    }

    @Test
    @DisplayName("send cuts audio into frames of 320 bytes at most and counts it")
    void sendsFrames() throws Exception {
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        try (AsteriskSide asterisk = AsteriskSide.connect(server.port(), id);
             AudioSocketSession session = pending.await(WAIT)) {
            short[] prompt = AsteriskSide.ramp(400, 0);
            session.send(prompt);
            AsteriskSide.Frame a = asterisk.read();
            AsteriskSide.Frame b = asterisk.read();
            AsteriskSide.Frame c = asterisk.read();
            assertEquals(0x10, a.kind());
            assertEquals(320, a.payload().length);
            assertEquals(320, b.payload().length);
            assertEquals(160, c.payload().length);
            assertArrayEquals(Arrays.copyOfRange(prompt, 320, 400), AsteriskSide.samples(c.payload()));
            assertEquals(400, session.samplesSent());
        }
    }

    @Test
    @DisplayName("hangup sends the hang-up frame and closes; later sends fail, a second hangup does nothing")
    void hangupFrame() throws Exception {
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        try (AsteriskSide asterisk = AsteriskSide.connect(server.port(), id);
             AudioSocketSession session = pending.await(WAIT)) {
            session.hangup();
            session.hangup();
            AsteriskSide.Frame frame = asterisk.read();
            assertEquals(0x00, frame.kind());
            assertEquals(0, frame.payload().length);
            assertNull(asterisk.read(), "then the socket closes");
            IOException e = assertThrows(IOException.class, () -> session.send(new short[160]));
            assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
            assertEquals(Optional.of(Frame.CLOSED), session.read(WAIT));
        }
    }

    @Test
    @DisplayName("close ends the stream without a hang-up frame")
    void closeWithoutFrame() throws Exception {
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        try (AsteriskSide asterisk = AsteriskSide.connect(server.port(), id)) {
            pending.await(WAIT).close();
            assertNull(asterisk.read());
        }
    }

    @Test
    @DisplayName("a hang-up from another thread never cuts an audio frame in two")
    void concurrentHangup() throws Exception {
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        try (AsteriskSide asterisk = AsteriskSide.connect(server.port(), id);
             AudioSocketSession session = pending.await(WAIT)) {
            CountDownLatch sending = new CountDownLatch(1);
            Thread sender = new Thread(() -> {
                try {
                    while (true) {
                        session.send(AsteriskSide.ramp(8000, 0));
                        sending.countDown();
                    }
                } catch (IOException e) {
                    // the hang-up closed the session
                }
            });
            sender.start();
            assertTrue(sending.await(5, java.util.concurrent.TimeUnit.SECONDS));
            Thread hanger = new Thread(session::hangup);
            hanger.start();
            AsteriskSide.Frame frame;
            AsteriskSide.Frame last = null;
            long audio = 0;
            try {
                while ((frame = asterisk.read()) != null) {
                    assertTrue(frame.kind() == 0x10 && frame.payload().length == 320 || frame.kind() == 0x00,
                            "a whole frame: kind " + frame.kind() + ", " + frame.payload().length + " bytes");
                    audio += frame.kind() == 0x10 ? 1 : 0;
                    last = frame;
                }
            } catch (java.net.SocketException e) {
                // closed with unread bytes on our side: fine
            }
            hanger.join(5_000);
            sender.join(5_000);
            assertFalse(sender.isAlive());
            assertTrue(audio >= 50);
            assertTrue(last == null || last.kind() == 0x00 || last.kind() == 0x10);
        }
    }

}
