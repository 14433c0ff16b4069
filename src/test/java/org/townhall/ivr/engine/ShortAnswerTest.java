package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.audio.G711;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.Transcript;
import org.townhall.ivr.speech.Vocabulary;

/**
 * One- or two-word answers ("Reception.", "School dinners.") in a woman's voice: the real voice (MaryTTS), over a
 * μ-law telephone line, the real English model, streamed in 20 ms frames as a live turn streams them.
 */
class ShortAnswerTest {
    private static Vocabulary whyAreYouCalling;
    private static IntentMatcher departments;

    @BeforeAll
    static void demo() throws Exception {
        TownHall townHall = DemoSpokenMenu.townHall();
        var menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
        whyAreYouCalling = Vocabulary.openAnswer(SpeechIntents.grammar(SpeechIntents.meanings(menu, townHall, "en")));
        departments = DemoSpokenMenu.phrases("en");
    }

    /** The line's quiet before the caller speaks (1 s, 8 kHz samples), as while a prompt plays; a faint hiss throughout. */
    private static final int LINE_BEFORE = 8000;

    /** Said by the voice, through μ-law, with the line's quiet before and after. */
    private static short[] onTheLine(String text) throws Exception {
        short[] said = VoiceRoundTrip.voice().synthesize(text, "en").samples();
        short[] line = new short[LINE_BEFORE + said.length + 6000];
        java.util.Random hiss = new java.util.Random(7);
        for (int i = 0; i < line.length; i++) {
            int voice = i >= LINE_BEFORE && i < LINE_BEFORE + said.length ? said[i - LINE_BEFORE] : 0;
            line[i] = G711.ulawToLinear(G711.linearToUlaw((short) (voice + Math.round(hiss.nextGaussian() * 10))));
        }
        return line;
    }

    /** The readings of a turn fed {@code audio} in 20 ms frames up to the turn's end. */
    private static List<Recognition.Reading> heard(short[] audio) {
        return VoiceRoundTrip.stream(audio, whyAreYouCalling).readings();
    }

    /** Where the voice's last sound is in {@link #onTheLine} audio of {@code text} (ms). */
    private static long lastSoundMs(String text) throws Exception {
        short[] said = VoiceRoundTrip.voice().synthesize(text, "en").samples();
        int last = 0;
        for (int i = 0; i < said.length; i++) {
            if (Math.abs(said[i]) > 300) {
                last = i;
            }
        }
        return (LINE_BEFORE + last) / 8;
    }

    private static Recognition.Reading phrases(List<Recognition.Reading> readings) {
        return readings.stream().filter(r -> !r.freeForm()).findFirst().orElseThrow(() -> new AssertionError(
                "no phrase reading: " + readings));
    }

    @Test
    @DisplayName("a one- or two-word answer is heard by the phrase reading once the model has adapted to the voice")
    void shortAnswersAreHeardByThePhraseReading() throws Exception {
        // decoded once, as the audio came, the phrase reading heard none of these in this voice, run alone
        // ("reception" as "son", "benefits" as nothing, "voter registration" as "notary registration": schools)
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answers.put("reception", "reception");
        answers.put("school dinners", "schools");
        answers.put("benefits", "social");
        answers.put("voter registration", "civil-status");
        answers.put("birth certificate", "civil-status");
        List<String> missed = new ArrayList<>();
        for (var answer : answers.entrySet()) {
            Transcript heard = phrases(heard(onTheLine(answer.getKey()))).transcript();
            IntentMatcher.Match match = departments.match(heard);
            if (match.isEmpty() || !match.best().intent().equals(answer.getValue())) {
                missed.add(answer.getKey() + " heard as '" + heard.text() + "'");
            }
        }
        // the readings are reproducible (speech/Dither), but the model's math library picks its code paths by CPU, so
        // a borderline answer may still read otherwise on another machine: one miss of five is allowed
        assertTrue(missed.size() <= 1, "missed: " + missed);
    }

    @Test
    @DisplayName("a short answer the free-form reading hears as a filler ('rats' as 'right') ends after the usual pause, not 1.5 s")
    void shortAnswerHeardAsAFillerIsNotKeptWaiting() throws Exception {
        VoiceRoundTrip.StreamedTurn rats = VoiceRoundTrip.stream(onTheLine("Rats."), whyAreYouCalling);
        Recognition.Reading freeForm = rats.readings().stream().filter(Recognition.Reading::freeForm).findFirst()
                .orElseThrow();
        // the case this test is about (here, "right"); a machine whose math reads "rats" free-form has nothing to show
        org.junit.jupiter.api.Assumptions.assumeTrue(
                org.townhall.ivr.speech.AnswerSoFar.asksNothingYet(freeForm.transcript().text()),
                "free-form heard '" + freeForm.transcript().text() + "', not a bare filler");
        assertEquals("rats", phrases(rats.readings()).transcript().text());
        assertTrue(rats.endedAtMs() > 0, "the turn had not ended 750 ms after the answer: waiting as after a bare "
                + "filler, for up to " + Recognition.LONGEST_PAUSE_MS + " ms");
        long quietBeforeEnd = rats.endedAtMs() - lastSoundMs("Rats.");
        assertTrue(quietBeforeEnd >= 300 && quietBeforeEnd <= 700, "the turn ended " + quietBeforeEnd
                + " ms after the answer");
    }

    @Test
    @DisplayName("the words of a short answer decoded again are timed within the answer, as the first reading's")
    void shortAnswerWordsKeepTheirTimes() throws Exception {
        short[] audio = onTheLine("School dinners.");
        for (Recognition.Reading reading : heard(audio)) {
            for (Transcript.Word word : reading.transcript().words()) {
                assertTrue(word.endSeconds() > 1.2 && word.endSeconds() <= audio.length / 8000.0 - 0.5,
                        word + " in " + reading + ": the answer starts 1 s into the audio and ends 0.75 s before "
                                + "its end, at " + audio.length / 8000.0 + " s");
            }
        }
    }
}
