package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.audio.G711;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.SentenceMeanings;
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

    /** Said by the voice, through μ-law, then the line's quiet, as the accuracy benchmark renders its sets. */
    private static short[] onTheLine(String text) throws Exception {
        short[] said = VoiceRoundTrip.voice().synthesize(text, "en").samples();
        short[] line = new short[said.length + 6000];
        for (int i = 0; i < said.length; i++) {
            line[i] = G711.ulawToLinear(G711.linearToUlaw(said[i]));
        }
        return line;
    }

    /** The readings of a turn fed {@code audio} in 20 ms frames up to the turn's end. */
    private static List<Recognition.Reading> heard(short[] audio) {
        Recognition recognition = new Recognition(VoiceRoundTrip.recognizer(), SentenceMeanings.none(), 1);
        try (Recognition.Turn turn = recognition.start("en", whyAreYouCalling)) {
            for (int i = 0; i < audio.length; i += 160) {
                short[] frame = Arrays.copyOfRange(audio, i, Math.min(audio.length, i + 160));
                if (turn.accept(frame, frame.length)) {
                    break;
                }
            }
            return turn.finish();
        }
    }

    private static Recognition.Reading phrases(List<Recognition.Reading> readings) {
        return readings.stream().filter(r -> !r.freeForm()).findFirst().orElseThrow(() -> new AssertionError(
                "no phrase reading: " + readings));
    }

    @Test
    @DisplayName("a one- or two-word answer is heard by the phrase reading once the model has adapted to the voice")
    void shortAnswersAreHeardByThePhraseReading() throws Exception {
        // decoded once, as the audio came, the phrase reading heard none of these in this voice ("a pothole" as
        // nothing, "benefits" as "van that's it", "voter registration" as "notary registration": schools)
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answers.put("reception please", "reception");
        answers.put("opening hours", "reception");
        answers.put("school dinners", "schools");
        answers.put("after-school club", "schools");
        answers.put("benefits", "social");
        answers.put("stray dog", "police");
        answers.put("fly-tipping", "waste");
        answers.put("voter registration", "civil-status");
        answers.put("a pothole", "roads");
        List<String> missed = new ArrayList<>();
        for (var answer : answers.entrySet()) {
            Transcript heard = phrases(heard(onTheLine(answer.getKey()))).transcript();
            IntentMatcher.Match match = departments.match(heard);
            if (match.isEmpty() || !match.best().intent().equals(answer.getValue())) {
                missed.add(answer.getKey() + " heard as '" + heard.text() + "'");
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    @DisplayName("the words of a short answer decoded again are timed within the answer, as the first reading's")
    void shortAnswerWordsKeepTheirTimes() throws Exception {
        short[] audio = onTheLine("School dinners.");
        for (Recognition.Reading reading : heard(audio)) {
            for (Transcript.Word word : reading.transcript().words()) {
                assertTrue(word.endSeconds() > 0.2 && word.endSeconds() <= audio.length / 8000.0 - 0.5,
                        word + " in " + reading + ": the answer ends 0.75 s before the audio, at "
                                + audio.length / 8000.0 + " s");
            }
        }
    }
}
