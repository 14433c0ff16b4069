package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.speech.Vocabulary;

/** When a caller's pause ends the turn: the real voice, the real English model, streamed in 20 ms frames. */
class PauseInAnswerTest {
    private static final Vocabulary WHY_ARE_YOU_CALLING = Vocabulary.openAnswer(List.of("bin", "rubbish", "passport"));

    private static short[] said(String text) throws Exception {
        return VoiceRoundTrip.voice().synthesize(text, "en").samples();
    }

    private static short[] join(short[]... parts) {
        short[] all = new short[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** Where the last sound of the audio ends, in ms (the voice's own trailing silence excluded). */
    private static long lastSoundMs(short[] audio) {
        for (int end = audio.length; end >= 160; end -= 160) {
            double sum = 0;
            for (int i = end - 160; i < end; i++) {
                sum += (double) audio[i] * audio[i];
            }
            if (Math.sqrt(sum / 160) > 100) {
                return end / 8;
            }
        }
        return 0;
    }

    private static short[] quietMs(int ms) {
        return new short[ms * 8];
    }

    /** Where the turn ended (ms into the audio, or -1) and what both readings heard up to there. */
    private record Heard(long endedAtMs, String text) {
    }

    private static Heard stream(short[] audio, Vocabulary vocabulary) {
        VoiceRoundTrip.StreamedTurn turn = VoiceRoundTrip.stream(audio, vocabulary);
        String text = turn.readings().stream().map(r -> r.transcript().text()).collect(Collectors.joining(" | "));
        return new Heard(turn.endedAtMs(), text);
    }

    @Test
    @DisplayName("a pause after a bare greeting does not end the answer: the request after it is heard")
    void pauseAfterGreetingKeepsListening() throws Exception {
        short[] hello = said("Hello.");
        short[] request = said("I need a new passport.");
        short[] audio = join(quietMs(300), hello, quietMs(900), request, quietMs(2500));
        Heard heard = stream(audio, WHY_ARE_YOU_CALLING);
        long requestEndMs = lastSoundMs(audio);
        assertTrue(heard.endedAtMs() > requestEndMs, "ended at " + heard.endedAtMs() + " ms, the request ends at "
                + requestEndMs + " ms; heard: " + heard.text());
        assertTrue(heard.text().contains("passport"), "heard: " + heard.text());
    }

    @Test
    @DisplayName("a caller who only says hello is answered after 1.5 s of quiet")
    void bareGreetingEndsAfterTheLongerPause() throws Exception {
        short[] hello = said("Hello.");
        short[] audio = join(quietMs(300), hello, quietMs(3000));
        Heard heard = stream(audio, WHY_ARE_YOU_CALLING);
        assertEquals(Recognition.LONGEST_PAUSE_MS, heard.endedAtMs() - lastSoundMs(audio), 200,
                "quiet after the greeting; heard: " + heard.text());
    }

    @Test
    @DisplayName("a request, and a yes to a confirmation, end the turn after half a second of quiet")
    void requestAndYesEndAfterHalfASecond() throws Exception {
        short[] request = join(quietMs(300), said("I need a new passport."), quietMs(3000));
        Heard heard = stream(request, WHY_ARE_YOU_CALLING);
        assertEquals(500, heard.endedAtMs() - lastSoundMs(request), 200, "quiet after the request; heard: " + heard.text());
        short[] yes = join(quietMs(300), said("Yes."), quietMs(3000));
        heard = stream(yes, Vocabulary.oneOf(List.of("yes", "no")));
        assertEquals(500, heard.endedAtMs() - lastSoundMs(yes), 200, "quiet after yes; heard: " + heard.text());
    }

    @Test
    @DisplayName("a hesitation in the middle of a phrase does not end the answer")
    void hesitationMidPhraseKeepsListening() throws Exception {
        short[] audio = join(quietMs(300), said("I am calling about the"), quietMs(900), said("passport."), quietMs(2500));
        Heard heard = stream(audio, WHY_ARE_YOU_CALLING);
        assertTrue(heard.endedAtMs() > lastSoundMs(audio), "ended at " + heard.endedAtMs() + " ms; heard: " + heard.text());
        assertTrue(heard.text().contains("passport"), "heard: " + heard.text());
    }
}
