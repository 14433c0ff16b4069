package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.speech.SpeechConfig;
import org.townhall.ivr.store.Role;

/**
 * Test calls with speech on ({@code files} mode, the real English Vosk model) and the server's MaryTTS voice: a typed
 * sentence is synthesised and recognised like a caller's answer; an uploaded recording is heard the same way.
 */
class TestCallSpeechTest {
    /** Debian's asterisk-core-sounds-en-wav: "Press 0 to reach an operator." */
    static final Path OPERATOR = Path.of("/usr/share/asterisk/sounds/en/vm-reachoper.wav");

    @TempDir
    static Path data;
    static RunningServer ivr;
    static TestCallClient supervisor;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("models/en/am")), "the English model is unpacked by the build (mvn verify)");
        ivr = new RunningServer(data, Path.of("config/townhall.yaml"), SpeechConfig.Mode.FILES, true);
        supervisor = new TestCallClient(ivr.baseUrl(), ivr.apiToken(Role.SUPERVISOR));
    }

    @AfterAll
    static void stop() {
        if (ivr != null) {
            ivr.close();
        }
    }

    @Test
    @DisplayName("a typed sentence goes through the real voice and recognition and reaches the right department")
    void typedSentenceReachesRoads() throws Exception {
        String id = supervisor.start("{\"language\":\"en\",\"caller\":\"0612345678\"}");
        supervisor.until(id, s -> s.awaiting().equals("speech"));

        supervisor.send(id, "{\"say\":\"there is a pothole in my street\"}");
        TestCallClient.Seen seen = supervisor.until(id, s -> s.awaiting().equals("dial") || s.finished()
                || (s.has("Is that right?") && s.awaiting().equals("speech")));
        if (!seen.awaiting().equals("dial")) {
            supervisor.send(id, "{\"key\":\"1\"}"); // the recognizer was unsure: "is that right?" yes
            seen = supervisor.until(id, s -> s.awaiting().equals("dial") || s.finished());
        }
        supervisor.send(id, "{\"hangup\":true}");

        assertTrue(seen.has("ivr: In a few words, tell me why you are calling."), seen::toString);
        assertTrue(seen.has("caller: says “there is a pothole in my street”"), seen::toString);
        assertTrue(seen.lines().stream().anyMatch(l -> l.startsWith("system: menu main: speech heard")
                && l.contains("→ roads")), seen::toString);
        assertTrue(seen.has("Ringing PJSIP/1002"), seen::toString);
    }

    @Test
    @DisplayName("an uploaded recording of a caller asking for an operator leads to reception")
    void uploadedRecordingReachesReception() throws Exception {
        assumeTrue(Files.exists(OPERATOR), "install asterisk-core-sounds-en-wav (.ci/run does)");
        String id = supervisor.start("{\"language\":\"en\"}");
        supervisor.until(id, s -> s.awaiting().equals("speech"));

        HttpResponse<String> upload = supervisor.uploadWav(id, OPERATOR);
        assertEquals(202, upload.statusCode(), upload.body());
        TestCallClient.Seen seen = supervisor.until(id, s -> s.awaiting().equals("dial") || s.finished()
                || (s.has("Is that right?") && s.awaiting().equals("speech")));
        if (!seen.awaiting().equals("dial")) {
            supervisor.send(id, "{\"key\":\"1\"}"); // "is that right?": yes
            seen = supervisor.until(id, s -> s.awaiting().equals("dial") || s.finished());
        }
        supervisor.send(id, "{\"hangup\":true}");

        assertTrue(seen.has("caller: plays vm-reachoper.wav"), seen::toString);
        assertTrue(seen.lines().stream().anyMatch(l -> l.contains("speech heard") && l.contains("operator")
                && l.contains("→ reception")), seen::toString);
        assertTrue(seen.has("Ringing PJSIP/1000"), seen::toString);
    }
}
