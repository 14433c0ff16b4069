package org.townhall.ivr.audiosocket;

import java.time.Duration;
import java.util.Objects;

/**
 * The AudioSocket listener Asterisk connects to when the IVR runs {@code EXEC AudioSocket <uuid>,<host>:<port>}.
 *
 * @param bindAddress    address to listen on ({@code 0.0.0.0} for every interface)
 * @param port           TCP port; 0 picks a free one (tests), see {@link AudioSocketServer#port()}
 * @param connectTimeout how long the IVR waits, after sending EXEC AudioSocket, for Asterisk to connect and
 *                       announce the session's UUID (Asterisk itself gives up connecting after 2 s)
 * @param maxSessions    concurrent connections served (one thread each); one more is closed at once
 */
public record AudioSocketConfig(String bindAddress, int port, Duration connectTimeout, int maxSessions) {

    /** The port of Asterisk's AudioSocket examples and of the recorded traces. */
    public static final int DEFAULT_PORT = 9092;

    public AudioSocketConfig {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("audiosocket bind address must be set, e.g. 0.0.0.0 or 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                    "audiosocket port must be between 0 (any free port) and 65535, not " + port);
        }
        Objects.requireNonNull(connectTimeout, "audiosocket connect timeout must be set");
        if (connectTimeout.toMillis() < 100 || connectTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException(
                    "audiosocket connect timeout must be between 100 ms and 1 min, not " + connectTimeout);
        }
        if (maxSessions < 1 || maxSessions > 10_000) {
            throw new IllegalArgumentException("audiosocket max sessions must be between 1 and 10000, not "
                    + maxSessions);
        }
    }

    /** Every interface, port 9092, 3 s to connect, 1000 sessions. */
    public static AudioSocketConfig defaults() {
        return new AudioSocketConfig("0.0.0.0", DEFAULT_PORT, Duration.ofSeconds(3), 1000);
    }

    public AudioSocketConfig withBindAddress(String address) {
        return new AudioSocketConfig(address, port, connectTimeout, maxSessions);
    }

    public AudioSocketConfig withPort(int newPort) {
        return new AudioSocketConfig(bindAddress, newPort, connectTimeout, maxSessions);
    }

    public AudioSocketConfig withConnectTimeout(Duration timeout) {
        return new AudioSocketConfig(bindAddress, port, timeout, maxSessions);
    }

    public AudioSocketConfig withMaxSessions(int max) {
        return new AudioSocketConfig(bindAddress, port, connectTimeout, max);
    }
}
