package org.townhall.ivr.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Levelling to telephone loudness: active speech at −20 dBFS RMS, peaks never above −3 dBFS. */
class LoudnessTest {

    @Test
    @DisplayName("quiet speech with pauses is raised so that the speech, not the pauses, is at -20 dBFS RMS")
    void raisesQuietSpeech() {
        double[] signal = new double[16000];
        for (int i = 0; i < 8000; i++) {              // 1 s of "speech", 1 s of silence
            signal[i] = 300 * Math.sin(2 * Math.PI * 500 * i / 8000.0);
        }
        TelephoneAudio audio = TelephoneAudio.ofSamples(Loudness.toTelephoneLevel(signal));
        TelephoneAudio speech = TelephoneAudio.ofSamples(java.util.Arrays.copyOf(audio.samples(), 8000));
        assertEquals(-20, speech.rmsDbfs(), 0.2);
        assertEquals(-23, audio.rmsDbfs(), 0.2, "whole clip, pauses included");
    }

    @Test
    @DisplayName("a clip with sharp peaks is limited by its peak at -3 dBFS and never clips")
    void peakLimited() {
        double[] signal = new double[8000];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = 100 * Math.sin(2 * Math.PI * 300 * i / 8000.0);
        }
        signal[4000] = 90000;                          // far beyond 16 bits before levelling
        TelephoneAudio audio = TelephoneAudio.ofSamples(Loudness.toTelephoneLevel(signal));
        assertEquals(-3, audio.peakDbfs(), 0.01);
        assertTrue(audio.rmsDbfs() < -20);
    }

    @Test
    @DisplayName("silence stays silence")
    void silence() {
        short[] out = Loudness.toTelephoneLevel(new double[800]);
        assertEquals(Double.NEGATIVE_INFINITY, TelephoneAudio.ofSamples(out).peakDbfs());
    }
}
