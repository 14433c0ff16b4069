package org.townhall.ivr.audiosocket;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start of a connection: the first frame must be a UUID frame (kind 0x01, 16 bytes) naming an expected
 * session, and must arrive within the connect timeout. Anything else is logged and the connection dropped.
 */
final class Handshake {

    private static final Logger LOG = LoggerFactory.getLogger(Handshake.class);

    record Result(PendingSession pending, AudioSocketSession session) {
    }

    private final Socket socket;
    private final Duration timeout;
    private final Map<UUID, PendingSession> expected;

    Handshake(Socket socket, Duration timeout, Map<UUID, PendingSession> expected) {
        this.socket = socket;
        this.timeout = timeout;
        this.expected = expected;
    }

    /** The claimed expectation and its session; null when the connection is to be dropped. */
    Result run() {
        Object peer = socket.getRemoteSocketAddress();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            FrameCodec.Reader reader = new FrameCodec.Reader(socket.getInputStream());
            int[] header = reader.header();
            if (header == null) {
                LOG.info("AudioSocket connection from {} closed before its UUID", peer);
                return null;
            }
            if (header[0] != FrameCodec.KIND_UUID || header[1] != 16) {
                LOG.warn("AudioSocket connection from {} starts with kind {} length {}, not a UUID frame: dropped",
                        peer, String.format("0x%02x", header[0]), header[1]);
                return null;
            }
            UUID id = FrameCodec.uuid(reader.payload(16));
            PendingSession pending = expected.remove(id);
            if (pending == null) {
                LOG.warn("AudioSocket connection from {} for session {}, which nobody expects: dropped", peer, id);
                return null;
            }
            return new Result(pending, new AudioSocketSession(id, socket, reader));
        } catch (IOException e) {
            LOG.warn("AudioSocket connection from {} dropped during its UUID: {}", peer, e.getMessage());
            return null;
        }
    }
}
