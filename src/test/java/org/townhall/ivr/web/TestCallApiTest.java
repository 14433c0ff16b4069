package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.CallQuery;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.sqlite.SqliteCallStore;

/** Test calls through the API: the real engine on a configuration, the client in the caller's place. */
class TestCallApiTest {
    @TempDir
    Path data;
    RunningServer ivr;
    TestCallClient supervisor;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        supervisor = new TestCallClient(ivr.baseUrl(), ivr.apiToken(Role.SUPERVISOR));
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    @DisplayName("a keys-only test call through the demo menu reaches a department and shows the decision at each node")
    void keysReachADepartment() throws Exception {
        String id = supervisor.start("{\"language\":\"en\",\"caller\":\"0612345678\"}");

        supervisor.until(id, s -> s.has("For civil status") && s.awaiting().equals("key"));
        supervisor.send(id, "{\"key\":\"2\"}");
        TestCallClient.Seen ringing = supervisor.until(id, s -> s.awaiting().equals("dial"));
        supervisor.send(id, "{\"dial\":\"answer\"}");
        TestCallClient.Seen end = supervisor.until(id, TestCallClient.Seen::finished);

        assertTrue(ringing.has("ivr: Welcome to the town hall."), ringing::toString);
        assertTrue(ringing.has("caller: presses 2"), ringing::toString);
        assertTrue(ringing.has("system: menu main: key 2 → to-roads"), ringing::toString);
        assertTrue(ringing.has("ivr: Please hold, we are putting you through."), ringing::toString);
        assertTrue(ringing.has("system: transfer to-roads: dial PJSIP/1002"), ringing::toString);
        assertTrue(end.has("system: transfer to-roads: answer"), end::toString);
        assertEquals("transferred", end.outcome(), end::toString);
    }

    @Test
    @DisplayName("hanging up mid-call ends it with a closed record in the test store and nothing in the real call store")
    void hangingUpClosesTheTestRecordOnly() throws Exception {
        String id = supervisor.start("{\"language\":\"en\",\"caller\":\"withheld\"}");
        supervisor.until(id, s -> s.awaiting().equals("key"));

        supervisor.send(id, "{\"hangup\":true}");
        TestCallClient.Seen end = supervisor.until(id, TestCallClient.Seen::finished);

        assertEquals("hung-up", end.outcome(), end::toString);
        assertTrue(end.has("caller: hangs up"), end::toString);
        assertEquals(409, supervisor.input(id, "{\"key\":\"1\"}").statusCode(), "no input once the call is over");
        assertTrue(ivr.server.store().calls(CallQuery.latest(100)).isEmpty(), "the real call store has no test call");
        try (SqliteCallStore tests = SqliteCallStore.open(data.resolve("test-calls"))) {
            CallRecord record = tests.call(end.state().path("recordId").asText()).orElseThrow();
            assertEquals(Outcome.HUNG_UP, record.outcome());
            assertNotNull(record.endedAt());
            assertEquals(null, record.callerNumber());
        }
    }

    @Test
    @DisplayName("a YAML draft that differs from the live configuration is what the test call runs")
    void yamlDraftIsWhatRuns() throws Exception {
        String yaml = Files.readString(Path.of("config/townhall.yaml"))
                .replace("Welcome to the town hall.", "Welcome to the draft town hall.");
        String id = supervisor.start(new ObjectMapper().writeValueAsString(Map.of("yaml", yaml, "language", "en")));

        TestCallClient.Seen seen = supervisor.until(id, s -> s.awaiting().equals("key"));
        supervisor.send(id, "{\"hangup\":true}");

        assertTrue(seen.has("ivr: Welcome to the draft town hall."), seen::toString);
        assertTrue(seen.lines().stream().noneMatch(l -> l.equals("ivr: Welcome to the town hall.")), seen::toString);
    }

    @Test
    @DisplayName("a YAML draft with a mistake is refused with its problems, line by line")
    void invalidYamlIsRefused() throws Exception {
        String yaml = Files.readString(Path.of("config/townhall.yaml")).replace("next: main", "next: nowhere");
        HttpResponse<String> response = supervisor.post("/api/testcalls",
                new ObjectMapper().writeValueAsString(Map.of("yaml", yaml)));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("nowhere"), response.body());
        assertTrue(response.body().contains("\"line\""), response.body());
    }

    @Test
    @DisplayName("say nothing ends the IVR's wait at once: the menu says it heard nothing and asks again")
    void silenceIsATimeout() throws Exception {
        String id = supervisor.start("{}");
        supervisor.until(id, s -> s.awaiting().equals("key"));

        supervisor.send(id, "{\"silence\":true}");
        TestCallClient.Seen seen = supervisor.until(id, s -> s.has("Sorry, I did not hear your choice."));
        supervisor.send(id, "{\"hangup\":true}");

        assertTrue(seen.has("caller: says nothing"), seen::toString);
        assertTrue(seen.has("system: menu main: no key before the timeout"), seen::toString);
    }

    @Test
    @DisplayName("typed speech without the server's voice is refused, keys still work")
    void typedSpeechNeedsTheVoice() throws Exception {
        String id = supervisor.start("{}");

        HttpResponse<String> response = supervisor.input(id, "{\"say\":\"a pothole in my street\"}");
        supervisor.send(id, "{\"hangup\":true}");

        assertEquals(409, response.statusCode(), response.body());
        assertTrue(response.body().contains("voice"), response.body());
    }

    @Test
    @DisplayName("a CD-quality WAV of several megabytes is taken as the caller's recording, converted to telephone audio")
    void bigWavIsAccepted() throws Exception {
        Path wav = data.resolve("cd.wav");
        int frames = 44100 * 20;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + frames * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + frames * 4).putInt(0x45564157).putInt(0x20746d66).putInt(16)
                .putShort((short) 1).putShort((short) 2).putInt(44100).putInt(44100 * 4).putShort((short) 4)
                .putShort((short) 16).putInt(0x61746164).putInt(frames * 4);
        Files.write(wav, b.array());
        String id = supervisor.start("{\"caller\":\"0612345678\"}");
        supervisor.until(id, s -> s.awaiting().equals("key"));
        supervisor.send(id, "{\"key\":\"2\"}");
        supervisor.until(id, s -> s.awaiting().equals("dial"));
        supervisor.send(id, "{\"dial\":\"busy\"}");
        supervisor.until(id, s -> s.has("To be called back, press 1."));
        supervisor.send(id, "{\"key\":\"1\"}");
        supervisor.until(id, s -> s.has("If this number is right, press 1."));
        supervisor.send(id, "{\"key\":\"1\"}");
        supervisor.until(id, s -> s.awaiting().equals("speech"));

        HttpResponse<String> upload = supervisor.uploadWav(id, wav);
        TestCallClient.Seen end = supervisor.until(id, TestCallClient.Seen::finished);

        assertEquals(202, upload.statusCode(), upload.body());
        assertTrue(end.has("caller: plays cd.wav (20.0 s)"), end::toString);
        assertEquals("callback", end.outcome(), end::toString);
        try (SqliteCallStore tests = SqliteCallStore.open(data.resolve("test-calls"))) {
            String message = tests.callbacks(null, "roads", 10).get(0).messageFile();
            assertTrue(Files.size(Path.of(message)) > 20 * 8000 * 2, message); // 8 kHz, 16-bit, mono: 20 s
        }
    }

    @Test
    @DisplayName("a language the configuration does not speak is refused")
    void unknownLanguage() throws Exception {
        HttpResponse<String> response = supervisor.post("/api/testcalls", "{\"language\":\"de\"}");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("'de'"), response.body());
    }

    @Test
    @DisplayName("test calls are for supervisors, and each one is its owner's")
    void supervisorsOnly() throws Exception {
        TestCallClient operator = new TestCallClient(ivr.baseUrl(), ivr.apiToken(Role.OPERATOR));
        assertEquals(403, operator.post("/api/testcalls", "{}").statusCode());

        String id = supervisor.start("{}");
        TestCallClient other = new TestCallClient(ivr.baseUrl(), ivr.apiToken(Role.SUPERVISOR));
        assertEquals(404, other.get("/api/testcalls/" + id).statusCode());
        assertEquals(404, other.input(id, "{\"hangup\":true}").statusCode());
        supervisor.send(id, "{\"hangup\":true}");
    }
}
