package org.townhall.ivr.audiosocket;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Streams prompts to the caller at the pace of the caller's own audio: each audio frame read from Asterisk lets
 * the player send the same duration back, in 20 ms chunks. Against a real Asterisk that is real time; against
 * the simulator it is as fast as the simulator sends. When the caller's audio stops for 60 ms (a channel that
 * sends no media), a wall clock takes over: one chunk per 20 ms.
 *
 * <p>By default the player answers every frame even when no prompt plays (with silence): the stream back to
 * Asterisk is then continuous and exactly as long as what was read, which keeps a simulated call in step.
 *
 * <p>Made for the call's audio loop, one thread:
 * <pre>
 * PromptPlayer player = new PromptPlayer(session);
 * player.play(greeting);
 * while (true) {
 *     Optional&lt;Frame&gt; frame = session.read(Duration.ofMillis(20));
 *     if (frame.orElse(null) instanceof Frame.Audio audio) { recognizer.accept(audio.samples()); }
 *     player.advance(frame);
 *     if (recognizer.speechStarted()) { player.stop(); }    // barge-in
 *     if (...decided...) { session.hangup(); break; }
 * }
 * </pre>
 */
public final class PromptPlayer {

    /** 20 ms at 8 kHz. */
    public static final int CHUNK_SAMPLES = 160;
    private static final long CHUNK_NANOS = 20_000_000L;
    private static final long FALLBACK_AFTER_NANOS = 60_000_000L;
    /** At most this much wall-clock time is made up at once when the engine was late calling {@link #advance}. */
    private static final long MAX_CATCH_UP_CHUNKS = 5;
    private static final short[] SILENCE = new short[CHUNK_SAMPLES];

    private final AudioSocketSession session;
    private final boolean fillSilence;
    private final LongSupplier nanoClock;
    private short[] prompt = new short[0];
    private int position;
    private boolean playing;
    private long credit;
    private long lastAudioNanos;
    private long clockedUntilNanos;

    /** A player that fills silence between prompts, on the system clock. */
    public PromptPlayer(AudioSocketSession session) {
        this(session, true, System::nanoTime);
    }

    /**
     * @param fillSilence send silence when no prompt plays (the stream back stays continuous)
     * @param nanoClock   monotonic nanoseconds, {@code System::nanoTime} outside tests
     */
    public PromptPlayer(AudioSocketSession session, boolean fillSilence, LongSupplier nanoClock) {
        this.session = Objects.requireNonNull(session, "session");
        this.fillSilence = fillSilence;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.lastAudioNanos = nanoClock.getAsLong();
        this.clockedUntilNanos = lastAudioNanos;
    }

    /** Starts {@code samples} (8 kHz, 16-bit mono) from its beginning, replacing what was playing. */
    public void play(short[] samples) {
        prompt = samples.clone();
        position = 0;
        playing = samples.length > 0;
    }

    /** Stops the prompt at once (barge-in); returns how many of its samples were sent. */
    public int stop() {
        playing = false;
        return position;
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Samples of the current (or last) prompt sent so far. */
    public int playedSamples() {
        return position;
    }

    /** Whether the last prompt was sent to its end (not stopped). */
    public boolean finished() {
        return !playing && position == prompt.length && prompt.length > 0;
    }

    /**
     * Sends what the time that passed pays for: the duration of {@code frame} when it is caller audio, else (once
     * the caller's audio has been missing for 60 ms) the wall-clock time since the last send.
     *
     * @param frame what {@link AudioSocketSession#read} returned (empty: the read timed out)
     */
    public void advance(Optional<Frame> frame) throws IOException {
        long now = nanoClock.getAsLong();
        if (frame.isPresent() && frame.get() instanceof Frame.Audio audio) {
            credit += audio.samples().length;
            lastAudioNanos = now;
            clockedUntilNanos = now;
        } else if (now - lastAudioNanos >= FALLBACK_AFTER_NANOS) {
            long chunks = (now - clockedUntilNanos) / CHUNK_NANOS;
            if (chunks > MAX_CATCH_UP_CHUNKS) {
                clockedUntilNanos += (chunks - MAX_CATCH_UP_CHUNKS) * CHUNK_NANOS;
                chunks = MAX_CATCH_UP_CHUNKS;
            }
            credit += chunks * CHUNK_SAMPLES;
            clockedUntilNanos += chunks * CHUNK_NANOS;
        }
        while (credit >= CHUNK_SAMPLES) {
            credit -= CHUNK_SAMPLES;
            sendChunk();
        }
    }

    private void sendChunk() throws IOException {
        if (playing) {
            int end = Math.min(prompt.length, position + CHUNK_SAMPLES);
            short[] chunk = Arrays.copyOfRange(prompt, position, end);
            position = end;
            playing = position < prompt.length;
            if (chunk.length < CHUNK_SAMPLES && fillSilence) {
                chunk = Arrays.copyOf(chunk, CHUNK_SAMPLES);
            }
            session.send(chunk);
        } else if (fillSilence) {
            session.send(SILENCE);
        } else {
            credit = 0;
        }
    }
}
