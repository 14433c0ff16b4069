package org.townhall.ivr.voice;

import java.util.Set;

/**
 * Turns text into telephone audio. One implementation per speech engine ({@link MaryTtsSynthesizer} first).
 * Implementations are safe to call from several call threads at once.
 */
public interface SpeechSynthesizer extends AutoCloseable {

    /**
     * Says {@code text} in {@code language} ({@code "en"}, {@code "fr"}; a region such as {@code "en-US"} is accepted and
     * ignored). Numbers, dates and times read best when written with {@link TextForSpeech}.
     *
     * @throws SynthesisException if the language has no voice, the text has nothing to say or the engine fails; the
     *         message names the text, the language and the reason
     */
    TelephoneAudio synthesize(String text, String language) throws SynthesisException;

    /** The languages that really synthesize (a voice is installed and, after {@link #warmUp()}, it spoke). */
    Set<String> languages();

    /**
     * Runs a short synthesis in every language so that the first caller does not pay for lazy start-up and JIT.
     * A language whose voice fails here is dropped from {@link #languages()} (and logged).
     */
    void warmUp();

    /** Stops accepting work; later calls to {@link #synthesize} fail with {@link IllegalStateException}. */
    @Override
    void close();
}
