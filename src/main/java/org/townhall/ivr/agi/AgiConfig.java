package org.townhall.ivr.agi;

import java.time.Duration;

/**
 * The FastAGI listener.
 *
 * @param bindAddress     address to listen on ({@code 0.0.0.0} for every interface)
 * @param port            TCP port Asterisk connects to ({@code agi://host:4573/townhall})
 * @param maxCalls        concurrent calls served; one more is refused and Asterisk's dialplan sends it to reception
 * @param shutdownTimeout how long a stopping server lets calls in progress finish
 * @param readTimeout     longest wait for Asterisk's reply to one command (a bridged transfer waits this long)
 * @param dialOptions     extra Dial options, e.g. {@code U(townhall-whisper)} to whisper the topic to the operator
 */
public record AgiConfig(String bindAddress, int port, int maxCalls, Duration shutdownTimeout, Duration readTimeout,
                        String dialOptions) {
    public static final int DEFAULT_PORT = 4573;

    public AgiConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("agi port must be between 1 and 65535, not " + port);
        }
        if (maxCalls < 1 || maxCalls > 10_000) {
            throw new IllegalArgumentException("max calls must be between 1 and 10000, not " + maxCalls);
        }
        if (shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("shutdown timeout cannot be negative");
        }
        if (readTimeout.toSeconds() < 60) {
            throw new IllegalArgumentException("agi read timeout must be at least 60 s (a Dial waits for the whole "
                    + "transferred conversation), not " + readTimeout);
        }
        if (dialOptions == null || dialOptions.chars().anyMatch(c -> c < 0x20 || c == ',')) {
            throw new IllegalArgumentException("dial options must be one line of Dial option letters without commas, "
                    + "e.g. U(townhall-whisper)");
        }
    }

    public static AgiConfig defaults() {
        return new AgiConfig("0.0.0.0", DEFAULT_PORT, 1000, Duration.ofSeconds(30), Duration.ofHours(3), "");
    }

    public AgiConfig withPort(int newPort) {
        return new AgiConfig(bindAddress, newPort, maxCalls, shutdownTimeout, readTimeout, dialOptions);
    }
}
