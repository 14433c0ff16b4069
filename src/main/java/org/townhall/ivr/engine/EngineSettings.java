package org.townhall.ivr.engine;

import java.time.Duration;

/**
 * How the engine records callback messages and guards callers against endless menus.
 *
 * @param recordingsDirectory directory for callback messages, as Asterisk sees it (RECORD FILE writes there)
 * @param maxMessage          longest callback message
 * @param messageSilence      silence that ends a callback message
 * @param maxNodeVisits       a call visiting more nodes than this is sent to reception (never stuck in a loop)
 */
public record EngineSettings(String recordingsDirectory, Duration maxMessage, Duration messageSilence,
                             int maxNodeVisits) {
    public EngineSettings {
        if (recordingsDirectory == null || recordingsDirectory.isBlank()) {
            throw new IllegalArgumentException("recordings directory must be set (where Asterisk writes callback messages)");
        }
        if (maxMessage.toSeconds() < 5 || maxMessage.toSeconds() > 600) {
            throw new IllegalArgumentException("max message length must be between 5 s and 600 s, not " + maxMessage);
        }
        if (messageSilence.toSeconds() < 1 || messageSilence.toSeconds() > 30) {
            throw new IllegalArgumentException("message silence must be between 1 s and 30 s, not " + messageSilence);
        }
        if (maxNodeVisits < 10) {
            throw new IllegalArgumentException("max node visits must be at least 10, not " + maxNodeVisits);
        }
    }

    public static EngineSettings defaults(String recordingsDirectory) {
        return new EngineSettings(recordingsDirectory, Duration.ofSeconds(60), Duration.ofSeconds(3), 60);
    }
}
