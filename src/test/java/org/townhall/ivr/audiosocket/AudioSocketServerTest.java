package org.townhall.ivr.audiosocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The listener: expectations, the UUID handshake, and what bad connections cannot do to good ones. */
class AudioSocketServerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private AudioSocketServer server;

    private AudioSocketServer start(AudioSocketConfig config) throws IOException {
        server = new AudioSocketServer(config).start();
        return server;
    }

    private static AudioSocketConfig local() {
        return AudioSocketConfig.defaults().withBindAddress("127.0.0.1").withPort(0)
                .withConnectTimeout(Duration.ofMillis(300));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("garbage, half-open, oversized and unknown-UUID connections do not disturb a session in progress")
    void badConnectionsLeaveOthersAlone() throws Exception {
        start(local());
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        UUID stalledId = AudioSocketServer.newSessionId();
        PendingSession stalledPending = server.expect(stalledId);
        try (AsteriskSide good = AsteriskSide.connect(server.port(), id);
             AudioSocketSession session = pending.await(WAIT);
             AsteriskSide garbage = new AsteriskSide(server.port());
             AsteriskSide halfOpen = new AsteriskSide(server.port());
             AsteriskSide unknown = AsteriskSide.connect(server.port(), UUID.randomUUID());
             AsteriskSide oversized = new AsteriskSide(server.port());
             AsteriskSide stalled = AsteriskSide.connect(server.port(), stalledId);
             AudioSocketSession stalledSession = stalledPending.await(WAIT)) {
            good.sendAudio(new short[] {1});
            assertArrayEquals(new short[] {1}, ((Frame.Audio) session.read(WAIT).orElseThrow()).samples());

            byte[] noise = new byte[500];
            new Random(7).nextBytes(noise);
            noise[0] = 0x10;
            garbage.send(noise);
            oversized.send(new byte[] {0x01, (byte) 0xff, (byte) 0xff, 1, 2, 3});
            stalled.send(new byte[] {0x10, (byte) 0xff, (byte) 0xff, 1, 2, 3});
            good.send(AsteriskSide.frame(0x55, new byte[] {1, 2}));
            good.sendAudio(new short[] {2});
            session.send(new short[] {3});

            assertArrayEquals(new short[] {2}, ((Frame.Audio) session.read(WAIT).orElseThrow()).samples(),
                    "garbage inside the good stream (an unknown kind) is skipped");
            assertArrayEquals(new short[] {3}, AsteriskSide.samples(good.read().payload()));
            assertTrue(garbage.closedByServer(), "a first frame that is not a UUID: dropped");
            assertTrue(oversized.closedByServer(), "a UUID frame of 65535 bytes: dropped without reading it");
            assertTrue(unknown.closedByServer(), "a UUID nobody expects: dropped");
            assertTrue(halfOpen.closedByServer(), "silent past the connect timeout: dropped");
            assertEquals(Optional.empty(), stalledSession.read(Duration.ofMillis(50)), "a frame cut short waits");

            good.sendAudio(new short[] {4});
            assertArrayEquals(new short[] {4}, ((Frame.Audio) session.read(WAIT).orElseThrow()).samples());
            assertEquals(2, server.activeSessions());
        }
    }

    @Test
    @DisplayName("await times out with a clear error, and a connection arriving later is closed")
    void awaitTimesOut() throws Exception {
        start(local());
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        SocketTimeoutException e = assertThrows(SocketTimeoutException.class,
                () -> pending.await(Duration.ofMillis(50)));
        assertTrue(e.getMessage().contains(id.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("did not connect"), e.getMessage());
        try (AsteriskSide late = AsteriskSide.connect(server.port(), id)) {
            assertTrue(late.closedByServer());
        }
    }

    @Test
    @DisplayName("a cancelled expectation closes the session when Asterisk connects anyway")
    void cancelled() throws Exception {
        start(local());
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        pending.cancel();
        assertThrows(IOException.class, () -> pending.await(WAIT));
        try (AsteriskSide late = AsteriskSide.connect(server.port(), id)) {
            assertTrue(late.closedByServer());
        }
    }

    @Test
    @DisplayName("a UUID is expected once at a time")
    void expectedOnce() throws Exception {
        start(local());
        UUID id = AudioSocketServer.newSessionId();
        server.expect(id);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> server.expect(id));
        assertTrue(e.getMessage().contains("already expected"));
    }

    @Test
    @DisplayName("the application data names the session and this server's port")
    void applicationData() throws Exception {
        start(local());
        UUID id = UUID.fromString("79a38083-2e50-4692-ae3e-d0df5c845310");
        PendingSession pending = server.expect(id);
        assertEquals(id + ",10.0.0.5:" + server.port(), pending.applicationData("10.0.0.5"));
        assertEquals(id + ",[::1]:" + server.port(), pending.applicationData("::1"));
    }

    @Test
    @DisplayName("one connection more than maxSessions is closed at once; the others carry on")
    void maxSessions() throws Exception {
        start(local().withMaxSessions(1));
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        try (AsteriskSide first = AsteriskSide.connect(server.port(), id);
             AudioSocketSession session = pending.await(WAIT);
             AsteriskSide second = AsteriskSide.connect(server.port(), UUID.randomUUID())) {
            assertTrue(second.closedByServer());
            first.sendAudio(new short[] {5});
            assertArrayEquals(new short[] {5}, ((Frame.Audio) session.read(WAIT).orElseThrow()).samples());
        }
    }

    @Test
    @DisplayName("closing the server fails the waiting and closes the connected")
    void closeServer() throws Exception {
        start(local());
        UUID id = AudioSocketServer.newSessionId();
        PendingSession connected = server.expect(id);
        PendingSession waiting = server.expect(AudioSocketServer.newSessionId());
        try (AsteriskSide asterisk = AsteriskSide.connect(server.port(), id)) {
            AudioSocketSession session = connected.await(WAIT);
            server.close();
            IOException e = assertThrows(IOException.class, () -> waiting.await(WAIT));
            assertTrue(e.getMessage().contains("closed"), e.getMessage());
            assertTrue(asterisk.closedByServer());
            assertEquals(Optional.of(Frame.CLOSED), session.read(WAIT));
            assertThrows(IllegalStateException.class, () -> server.expect(UUID.randomUUID()));
        }
    }

    @Test
    @DisplayName("a port already taken gives an error that names it")
    void portTaken() throws Exception {
        start(local());
        AudioSocketServer second = new AudioSocketServer(local().withPort(server.port()));
        BindException e = assertThrows(BindException.class, second::start);
        assertTrue(e.getMessage().contains("127.0.0.1:" + server.port()), e.getMessage());
        second.close();
    }

    @Test
    @DisplayName("the configuration rejects bad values, naming the setting")
    void configValidation() {
        assertEquals("audiosocket port must be between 0 (any free port) and 65535, not 70000",
                assertThrows(IllegalArgumentException.class, () -> local().withPort(70000)).getMessage());
        assertEquals("audiosocket max sessions must be between 1 and 10000, not 0",
                assertThrows(IllegalArgumentException.class, () -> local().withMaxSessions(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> local().withConnectTimeout(Duration.ofMillis(5))).getMessage()
                .startsWith("audiosocket connect timeout must be between 100 ms and 1 min"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> local().withBindAddress(" ")).getMessage()
                .startsWith("audiosocket bind address must be set"));
    }
}
