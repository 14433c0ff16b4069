package org.townhall.ivr.web;

/** The HTTP listener: {@code port} 0 picks a free port (tests). */
public record WebConfig(String bindAddress, int port) {
    public static final int DEFAULT_PORT = 8080;

    public WebConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("http port must be between 1 and 65535, not " + port);
        }
    }
}
