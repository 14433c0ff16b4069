package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.townhall.ivr.app.RunningServer.events;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.speech.SpeechConfig;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.Outcome;

/**
 * Speech menus in {@code audiosocket} mode: the prompt is streamed while the caller's audio streams to the real
 * Vosk model, over real AudioSocket and FastAGI sockets.
 */
class StreamingSpeechTest {
    @TempDir
    Path data;
    RunningServer ivr;

    @BeforeAll
    static void recordings() {
        assumeTrue(Files.exists(Path.of(SpeechRoutingTest.OPERATOR)), "install asterisk-core-sounds-en-wav (.ci/run does)");
    }

    @BeforeEach
    void start() throws Exception {
        PromptFiles.writeAll(Path.of("config/townhall.yaml"), data.resolve("prompts"));
        // a long spoken prompt, so that the caller can talk over it
        PromptFiles.write(data.resolve("prompts/en/main.speech.wav"), 8000 * 6);
        ivr = new RunningServer(data, Path.of("config/townhall.yaml"), SpeechConfig.Mode.AUDIOSOCKET);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    @DisplayName("a spoken request is understood while it streams, and confirmed with key 1")
    void operatorOverAudioSocket() throws Exception {
        CallTranscript call = ivr.call("speak " + SpeechRoutingTest.OPERATOR + " after 6500; press 1");
        assertEquals("PJSIP/1000", call.dialAttempts().get(0).dialString(), call::dialogue);
        assertTrue(call.variable("IVR_TRANSCRIPT").orElse("").contains("operator"), call::dialogue);
        assertEquals(Outcome.TRANSFERRED, ivr.record(call).outcome());
    }

    @Test
    @DisplayName("speaking interrupts the prompt (barge-in)")
    void speechInterruptsThePrompt() throws Exception {
        CallTranscript call = ivr.call("speak " + SpeechRoutingTest.OPERATOR + " after 1000; press 1");
        var first = call.streamedAudio().get(0);
        assertEquals(CallTranscript.StreamedAudio.Ending.BARGE_IN, first.ending(), call::dialogue);
        assertTrue(first.durationMs() < 2000, "the 6 s prompt stopped soon after the caller spoke: " + first.durationMs());
        assertEquals("PJSIP/1000", call.dialAttempts().get(0).dialString(), call::dialogue);
    }

    @Test
    @DisplayName("on a loud line (a street, a car), the noise alone does not interrupt the prompt; the caller's words do")
    void loudLineDoesNotInterruptThePrompt() throws Exception {
        short[] words = org.townhall.ivr.audio.WavFile.read8k(Path.of(SpeechRoutingTest.OPERATOR));
        short[] line = new short[2 * 8000 + words.length + 8000];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < line.length; i++) { // about -31 dBFS of noise: louder than a quiet line's threshold
            int w = i - 2 * 8000;
            double v = random.nextGaussian() * 900 + (w >= 0 && w < words.length ? 2 * words[w] : 0);
            line[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        Path wav = data.resolve("loud-line.wav");
        org.townhall.ivr.voice.TelephoneAudio.ofSamples(line).writeWav(wav);
        CallTranscript call = ivr.call("speak " + wav + " after 0"); // the line's noise from the first frame
        // the caller's audio (noise from its first frame) starts with the 6 s prompt, the words 2 s into it
        long played = call.streamedAudio().get(0).durationMs();
        assertTrue(played > 1900 && played < 2900, "the prompt stopped when the words began, not at the noise: "
                + played + " ms\n" + call.dialogue());
    }

    private Path said(String name, String text) throws Exception {
        Path wav = data.resolve(name + ".wav");
        new org.townhall.ivr.voice.MaryTtsSynthesizer(Path.of("voices")).synthesize(text, "en").writeWav(wav);
        return wav;
    }

    @Test
    @DisplayName("a caller who pauses mid-request and goes on over 'Schools, is that right?' is asked about the "
            + "department the whole request means")
    void goingOnOverTheConfirmation() throws Exception {
        Path start = said("start", "I look after my husband full time.");
        Path rest = said("rest", "He's got dementia, is there any support for carers?");
        // the rest begins as the next turn's stream does: the caller never stopped for the question
        CallTranscript call = ivr.call("speak " + start + " after 6500; speak " + rest + " after 0; press 1");

        assertEquals("PJSIP/1006", call.dialAttempts().get(0).dialString(), call::dialogue);
        CallRecord record = ivr.record(call);
        assertEquals("social", record.department(), () -> events(record).toString());
        assertTrue(events(record).stream().anyMatch(e -> e.startsWith("main confirm ") && e.endsWith(" went on")),
                () -> events(record).toString());
        String transcript = call.variable("IVR_TRANSCRIPT").orElse("");
        assertTrue(transcript.contains("husband") && transcript.contains("dementia"), "the whole request goes with the "
                + "call: " + transcript);
        // the department's name and "is that right?" (0.5 s each here) stopped as soon as the caller was heard
        assertTrue(call.streamedAudio().get(1).durationMs() < 500, call::dialogue);
    }

    @Test
    @DisplayName("a caller who pauses after a few words and goes on over 'Sorry, …' is understood from the whole request")
    void goingOnOverNotUnderstood() throws Exception {
        Path start = said("start", "The bar on the corner.");
        Path rest = said("rest", "There's people outside fighting and shouting every weekend.");
        CallTranscript call = ivr.call("speak " + start + " after 6500; speak " + rest + " after 0; press 1");

        CallRecord record = ivr.record(call);
        assertEquals("police", record.department(), () -> events(record).toString());
        assertTrue(events(record).stream().anyMatch(e -> e.startsWith("main speech-not-understood ")),
                () -> events(record).toString());
        assertTrue(call.variable("IVR_TRANSCRIPT").orElse("").contains("corner"), call::dialogue);
    }

    @Test
    @DisplayName("a second answer not understood is said so before the keypad is offered")
    void secondAnswerNotUnderstoodIsSaidSo() throws Exception {
        Path unclear = said("unclear", "Sorry, what?");
        CallTranscript call = ivr.call("speak " + unclear + " after 6500; speak " + unclear + " after 2500; press 2");

        assertEquals("PJSIP/1002", call.dialAttempts().get(0).dialString(), call::dialogue);
        java.util.List<String> events = events(ivr.record(call));
        assertEquals(2, events.stream().filter(e -> e.startsWith("main speech-not-understood")).count(),
                events::toString);
        String dialogue = call.dialogue();
        int sorry = dialogue.lastIndexOf("message.speech-not-understood");
        int keys = dialogue.indexOf("message.speech-use-keys");
        assertTrue(sorry > 0 && keys > sorry && dialogue.lastIndexOf("streams") < sorry, dialogue);
    }

    @Test
    @DisplayName("a key interrupts the streamed prompt and the key menu applies")
    void keyInterruptsThePrompt() throws Exception {
        CallTranscript call = ivr.call("press 3 after 800");
        assertEquals("PJSIP/1003", call.dialAttempts().get(0).dialString(), call::dialogue);
        assertTrue(call.streamedAudio().get(0).durationMs() < 2000, call::dialogue);
    }

    @Test
    @DisplayName("a caller hanging up mid-utterance leaves a closed record")
    void hangupMidUtterance() throws Exception {
        CallTranscript call = ivr.call("hangup during exec audiosocket after 2500");
        CallRecord record = ivr.record(call);
        assertNotNull(record.endedAt(), call::dialogue);
        assertEquals(Outcome.HUNG_UP, record.outcome(), call::dialogue);
        assertTrue(call.serverClosed(), call::dialogue);
        assertEquals(0, ivr.server.activeCallCount());
    }
}
