package org.townhall.ivr.voice;

import java.nio.file.Path;

/**
 * The test JVM's MaryTTS: started once (MaryTTS cannot be restarted in a process), without extra voices, warmed up,
 * shared by the test classes that need the real engine. Tests with voice jars run in a JVM of their own
 * ({@link VoicesDirectoryTest}).
 */
final class SharedSynthesizer {
    /** Never created: no extra voice. */
    static final Path NO_VOICES = Path.of("target", "voice-tests", "no-voices");

    private static MaryTtsSynthesizer synthesizer;
    private static long startMillis;
    private static long warmUpMillis;

    private SharedSynthesizer() {
    }

    static synchronized MaryTtsSynthesizer get() {
        if (synthesizer == null) {
            long t0 = System.nanoTime();
            synthesizer = new MaryTtsSynthesizer(NO_VOICES);
            long t1 = System.nanoTime();
            synthesizer.warmUp();
            startMillis = (t1 - t0) / 1_000_000;
            warmUpMillis = (System.nanoTime() - t1) / 1_000_000;
        }
        return synthesizer;
    }

    static synchronized String timings() {
        return "start " + startMillis + " ms, warm-up " + warmUpMillis + " ms";
    }
}
