package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Telling the caller's words from the line: on quiet lines and on loud ones. */
class VoiceActivityTest {
    /** Adds a 300 Hz "word" of the given RMS from sample {@code from} to {@code to}. */
    private static void word(short[] a, int from, int to, double rms) {
        LineAudio.tone(a, 300, rms, from, to);
    }

    private static VoiceActivity fed(short[] audio) {
        VoiceActivity activity = new VoiceActivity();
        for (int i = 0; i < audio.length; i += 160) { // 20 ms chunks, as the phone delivers them
            short[] chunk = Arrays.copyOfRange(audio, i, Math.min(audio.length, i + 160));
            activity.accept(chunk, chunk.length);
        }
        return activity;
    }

    @Test
    @DisplayName("a loud line (a street, a car) is not taken for a caller speaking")
    void loudLineAloneIsNotSpeech() {
        assertFalse(fed(LineAudio.hiss(3 * 8000, 900, 1)).heardSpeech(), "about -31 dBFS of steady noise");
    }

    @Test
    @DisplayName("on a loud line, words 10 dB above the noise are heard, and the quiet after them is counted")
    void wordsOverALoudLineAreHeardAndEnd() {
        short[] audio = LineAudio.hiss(4 * 8000, 900, 2);
        word(audio, 8000, 16000, 2850);
        VoiceActivity activity = fed(audio);
        assertTrue(activity.heardSpeech());
        assertEquals(8000, activity.speechStartSample(), 480, "speech starts where the word does");
        assertEquals(16000, activity.quietSamplesAfterSpeech(), 480, "quiet since the word ended");
    }

    @Test
    @DisplayName("on a quiet line, a word is heard and faint hiss is not")
    void quietLineKeepsTheFixedThreshold() {
        assertFalse(fed(LineAudio.hiss(2 * 8000, 30, 3)).heardSpeech());
        short[] audio = LineAudio.hiss(2 * 8000, 30, 4);
        word(audio, 4000, 8000, 1500);
        VoiceActivity activity = fed(audio);
        assertTrue(activity.heardSpeech());
        assertEquals(4000, activity.speechStartSample(), 480);
    }

    @Test
    @DisplayName("a caller who speaks from the very first sample is heard once the first pause shows the line's level")
    void speechFromTheFirstSample() {
        short[] audio = LineAudio.hiss(8000, 30, 5);
        word(audio, 0, 6000, 3000);
        VoiceActivity activity = fed(Arrays.copyOf(audio, 5600));
        assertFalse(activity.heardSpeech(), "one steady sound so far: the line or the caller");
        activity = fed(audio);
        assertTrue(activity.heardSpeech());
        assertEquals(0, activity.speechStartSample(), "from the first frame");
        assertEquals(2000, activity.quietSamplesAfterSpeech(), 160, "quiet since the word ended");
    }

    @Test
    @DisplayName("a quiet caller's weak syllables do not end the turn, and the quiet after the last word does")
    void quietCallerIsHeardToTheLastWord() {
        short[] audio = LineAudio.hiss(3 * 8000, 30, 6);
        word(audio, 4000, 8000, 700); // about -33 dBFS: a quiet caller
        word(audio, 8000, 12800, 150); // 600 ms of weak syllables, under the fixed threshold
        word(audio, 12800, 15200, 700);
        VoiceActivity activity = fed(Arrays.copyOf(audio, 12800));
        assertTrue(activity.quietSamplesAfterSpeech() < 320, "still speaking: " + activity.quietSamplesAfterSpeech());
        activity = fed(audio);
        assertEquals(24000 - 15200, activity.quietSamplesAfterSpeech(), 320, "quiet since the last word");
    }
}
