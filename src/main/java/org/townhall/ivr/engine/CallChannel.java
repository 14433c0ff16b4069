package org.townhall.ivr.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * What the engine can do with a caller's phone line. Each method is one typed telephony operation; the
 * transport (FastAGI) turns it into an AGI command and the reply into a value. Any method throws
 * {@link CallerHungUpException} once the caller has hung up.
 */
public interface CallChannel {
    void answer();

    /** Plays a sound; returns the key that interrupted it, if it was one of {@code keys}. */
    Optional<Character> play(Sound sound, String keys);

    /** Waits for one key. */
    Optional<Character> waitForKey(Duration timeout);

    /** Plays a prompt and collects digits until {@code #}, {@code maxDigits} or the timeout. */
    DigitEntry readDigits(Sound prompt, Duration timeout, int maxDigits);

    /** Reads digits one by one in the channel's language (a phone number, a reference). */
    void sayDigits(String digits);

    /** Reads a whole number in the channel's language. */
    void sayNumber(long number);

    /** Records the caller into {@code file} (path as Asterisk sees it, without extension). */
    Recording record(String file, String format, Duration maxDuration, Duration silence, String stopKeys, boolean beep);

    void setVariable(ChannelVariable variable, String value);

    Optional<String> variable(ChannelVariable variable);

    /** Rings a department; returns once it answered and the conversation ended, or it did not answer. */
    DialOutcome dial(String dialString, Duration ringTimeout);

    void hangup();

    /**
     * Streams the call's audio to an AudioSocket server ({@code EXEC AudioSocket uuid,host:port}); returns when the
     * stream ends: true if the channel is still up, false if the caller hung up during it.
     */
    boolean streamAudio(String applicationData);

    /** What a caller typed with {@link #readDigits}. */
    record DigitEntry(String digits, boolean timedOut) {
    }

    /**
     * The outcome of {@link #record}: the length written in samples, the key that stopped it, if any, and
     * whether the caller hung up during it (the audio up to then is kept; the next operation will throw).
     */
    record Recording(long samples, Optional<Character> stoppedBy, boolean callerHungUp) {
        public boolean hasAudio() {
            return samples > 0;
        }
    }
}
