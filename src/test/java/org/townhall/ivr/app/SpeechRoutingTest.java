package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.townhall.ivr.app.RunningServer.events;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Speech menus in {@code files} mode with the real English Vosk model and real human recordings (Debian's
 * asterisk-core-sounds-en-wav, installed by .ci/run): Asterisk records the answer, the server recognises it.
 */
class SpeechRoutingTest {
    static final Path SOUNDS = Path.of("/usr/share/asterisk/sounds/en");
    /** "Press 0 to reach an operator." */
    static final String OPERATOR = SOUNDS.resolve("vm-reachoper.wav").toString();
    /** "No." */
    static final String NO = SOUNDS.resolve("vm-no.wav").toString();
    /** "Please hold while I try that extension": one department word among many, so the IVR asks. */
    static final String UNSURE = SOUNDS.resolve("transfer.wav").toString();

    @TempDir
    Path data;
    RunningServer ivr;

    @BeforeAll
    static void recordingsAndModel() {
        assertTrue(Files.isDirectory(Path.of("models/en/am")), "the English model is unpacked by the build (mvn verify)");
        assumeTrue(Files.exists(Path.of(OPERATOR)), "install asterisk-core-sounds-en-wav (.ci/run does)");
    }

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data, Path.of("config/townhall.yaml"), SpeechConfig.Mode.FILES);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    @DisplayName("a caller asking for an operator reaches reception, the words and the topic go with the call")
    void operatorReachesReception() throws Exception {
        CallTranscript call = ivr.call("speak " + OPERATOR + "; press 1");

        assertEquals("PJSIP/1000", call.dialAttempts().get(0).dialString(), call::dialogue);
        String transcript = call.variable("IVR_TRANSCRIPT").orElse("");
        assertTrue(transcript.contains("operator"), call::dialogue);
        CallRecord record = ivr.record(call);
        assertEquals("reception", record.department());
        assertTrue(record.topic().contains("operator"), record.topic());
        assertTrue(events(record).stream().anyMatch(e -> e.startsWith("main speech ") && e.contains("=> reception")),
                () -> events(record).toString());
    }

    @Test
    @DisplayName("a request in words of its own is asked about for the department it means; key 1 transfers there")
    void requestInItsOwnWordsIsConfirmedByMeaning() throws Exception {
        Path wav = data.resolve("travel.wav");
        org.townhall.ivr.voice.MaryTtsSynthesizer voice = new org.townhall.ivr.voice.MaryTtsSynthesizer(Path.of("voices"));
        voice.synthesize("I need a new card to travel abroad", "en").writeWav(wav);
        CallTranscript call = ivr.call("speak " + wav + "; press 1");

        assertEquals("PJSIP/1001", call.dialAttempts().get(0).dialString(), call::dialogue);
        CallRecord record = ivr.record(call);
        assertEquals("civil-status", record.department());
        // asked about, then confirmed with key 1 (not key 1 of the key menu)
        assertTrue(events(record).contains("main confirm civil-status yes"), () -> events(record).toString());
        assertTrue(events(record).stream().anyMatch(e -> e.startsWith("main speech ") && e.endsWith("by meaning")),
                () -> events(record).toString());
        // and the call teaches its words for civil status (townhall-ivr spoken-requests)
        assertEquals(List.of("civil-status"), org.townhall.ivr.engine.SpokenRequests.of(record).stream()
                .map(org.townhall.ivr.engine.SpokenRequests.Request::department).toList());
    }

    @Test
    @DisplayName("'No, it's about my bins' to a question about another department takes the caller to the bins")
    void noThatSaysWhatTheRequestIs() throws Exception {
        // Asterisk's recorded "no", then the request
        short[] no = org.townhall.ivr.audio.WavFile.read8k(Path.of(NO));
        short[] bins = new org.townhall.ivr.voice.MaryTtsSynthesizer(Path.of("voices"))
                .synthesize("My bins were not collected this week.", "en").samples();
        short[] both = new short[no.length + 2400 + bins.length];
        System.arraycopy(no, 0, both, 0, no.length);
        System.arraycopy(bins, 0, both, no.length + 2400, bins.length);
        Path wav = data.resolve("no-bins.wav");
        org.townhall.ivr.voice.TelephoneAudio.ofSamples(both).writeWav(wav);
        // "please hold while I try that extension": asked about (an extension is planning's)
        CallTranscript call = ivr.call("speak " + UNSURE + "; speak " + wav + "; press 1");

        assertEquals("PJSIP/1003", call.dialAttempts().get(0).dialString(), call::dialogue);
        CallRecord record = ivr.record(call);
        assertEquals("waste", record.department());
        assertTrue(events(record).stream().anyMatch(e -> e.matches("main confirm (?!waste)\\S+ no")),
                () -> events(record).toString());
        assertTrue(call.variable("IVR_TRANSCRIPT").orElse("").contains("collected"), call::dialogue);
    }

    @Test
    @DisplayName("a man's voice from another synthesizer (flite) asking in a whole sentence reaches the department")
    void anotherVoiceReachesTheDepartment() throws Exception {
        assumeTrue(org.townhall.ivr.audio.Flite.installed(), "install flite (.ci/run does)");
        Path wav = org.townhall.ivr.audio.Flite.say("rms",
                "Hello, there's a huge pothole on Station Road and my car's tyre burst in it.", data.resolve("man.wav"));
        CallTranscript call = ivr.call("speak " + wav + "; press 1");

        assertEquals("PJSIP/1002", call.dialAttempts().get(0).dialString(), call::dialogue);
        CallRecord record = ivr.record(call);
        assertEquals("roads", record.department());
        assertTrue(record.topic().contains("station"), record.topic()); // the words go with the call
    }

    @Test
    @DisplayName("with --meaning off, a request in words of its own is not asked about by meaning")
    void meaningOff() throws Exception {
        ivr.close();
        ivr = new RunningServer(data.resolve("off"), Path.of("config/townhall.yaml"),
                new SpeechConfig(SpeechConfig.Mode.FILES, Path.of("models"), false), false);
        Path wav = data.resolve("travel.wav");
        new org.townhall.ivr.voice.MaryTtsSynthesizer(Path.of("voices"))
                .synthesize("I need a new card to travel abroad", "en").writeWav(wav);
        CallTranscript call = ivr.call("speak " + wav + "; press 2");

        CallRecord record = ivr.record(call);
        // the phrases alone hear no civil-status request in it (they ask about something else, or nothing)
        assertTrue(events(record).stream().noneMatch(e -> e.endsWith("by meaning") || e.contains("confirm civil-status")),
                () -> events(record).toString());
    }

    @Test
    @DisplayName("keys interrupt the spoken prompt: the key menu applies at once")
    void keysInterruptThePrompt() throws Exception {
        CallTranscript call = ivr.call("press 3");
        assertEquals("PJSIP/1003", call.dialAttempts().get(0).dialString(), call::dialogue);
        assertTrue(call.recordings().isEmpty(), "nothing was recorded");
    }

    @Test
    @DisplayName("silence twice: the caller is asked once more, then gets the key menu")
    void silenceFallsBackToKeys() throws Exception {
        CallTranscript call = ivr.call("silence; silence; press 2");
        assertEquals(2, call.recordings().size(), call::dialogue);
        assertEquals("PJSIP/1002", call.dialAttempts().get(0).dialString(), call::dialogue);
        assertEquals(List.of("main speech-silence", "main speech-silence", "main key 2"), events(ivr.record(call)).subList(0, 3));
    }

    @Test
    @DisplayName("an unsure answer rejected with 'no' is asked again; key 2 also rejects")
    void rejectedConfirmation() throws Exception {
        CallTranscript call = ivr.call("speak " + UNSURE + "; speak " + NO + "; speak " + UNSURE + "; press 2; press 5");
        assertEquals("PJSIP/1005", call.dialAttempts().get(0).dialString(), call::dialogue);
        List<String> path = events(ivr.record(call));
        assertEquals(2, path.stream().filter(e -> e.matches("main confirm \\S+ no")).count(), path::toString);
        assertTrue(path.contains("main key 5"), path::toString);
    }

    @Test
    @DisplayName("a caller hanging up mid-utterance leaves a closed record and no recording behind")
    void hangupMidUtterance() throws Exception {
        CallTranscript call = ivr.call("hangup during record file after 1200");
        CallRecord record = ivr.record(call);
        assertNotNull(record.endedAt());
        assertEquals(Outcome.HUNG_UP, record.outcome());
        assertTrue(call.serverClosed());
        assertEquals(0, ivr.server.activeCallCount());
        try (var files = Files.list(data.resolve("recordings"))) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().startsWith("turn-")).count(),
                    "speech turns are deleted once recognised");
        }
    }
}
