package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.speech.SpeechRecognizer;
import org.townhall.ivr.speech.Vocabulary;

/** The real voice and the real English model on a noisy phone line (white noise 20 dB below the speech). */
class NoisyLineRecognitionTest {
    /** The words, half a second into the line's hiss and half a second before its end, as a caller on a bad line. */
    private static short[] overHiss(short[] speech, long seed) {
        double power = 0;
        int voiced = 0;
        for (short s : speech) {
            if (Math.abs(s) > 300) {
                power += (double) s * s;
                voiced++;
            }
        }
        double noise = Math.sqrt(power / voiced) / 10; // 20 dB below the speech
        Random random = new Random(seed);
        short[] line = new short[speech.length + 8000];
        for (int i = 0; i < line.length; i++) {
            int j = i - 4000;
            double v = (j >= 0 && j < speech.length ? speech[j] : 0) + random.nextGaussian() * noise;
            line[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        return line;
    }

    @Test
    @DisplayName("over a hissing line, a caller asking for help is heard (hiss subtracted below 4 kHz, continued above)")
    void requestHeardOverHiss() throws Exception {
        short[] speech = VoiceRoundTrip.voice().synthesize("I need help with my rent", "en").samples();
        short[] audio = overHiss(speech, 11); // with the subtraction alone: "hi nice house arrest in iran"
        try (SpeechRecognizer.Utterance turn = VoiceRoundTrip.recognizer().start("en", Vocabulary.FREE_FORM)) {
            for (int i = 0; i < audio.length; i += 160) {
                short[] chunk = Arrays.copyOfRange(audio, i, Math.min(audio.length, i + 160));
                turn.accept(chunk, chunk.length);
            }
            assertTrue(turn.noisyLine(), "20 dB of hiss throughout: a noisy line");
            String heard = turn.finish().text();
            assertTrue(heard.contains("i need help"), "heard: " + heard);
        }
    }
}
