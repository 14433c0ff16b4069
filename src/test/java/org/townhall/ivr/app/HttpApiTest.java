package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.simulator.CallTranscript;

/** The calls and callbacks API, black-box on a random port, with an operator's API token. */
class HttpApiTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path data;
    RunningServer ivr;
    String token;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        token = ivr.apiToken(org.townhall.ivr.store.Role.OPERATOR);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ivr.server.httpPort() + path))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        return json.readTree(response.body());
    }

    @Test
    @DisplayName("health says the server is up, with its configuration version")
    void health() throws Exception {
        JsonNode health = getJson("/health");
        assertEquals("up", health.get("status").asText());
        assertEquals(ivr.server.townHall().version(), health.get("configVersion").asText());
        assertEquals(0, health.get("activeCalls").asInt());
    }

    @Test
    @DisplayName("a call is listed, and its record shows every step of its path")
    void callsAndTheirPath() throws Exception {
        CallTranscript call = ivr.call("press 9; press 2; dial busy; press 2");

        JsonNode list = getJson("/api/calls");
        assertEquals(1, list.size());
        assertEquals(call.uniqueId(), list.get(0).get("id").asText());
        assertEquals("ended", list.get(0).get("outcome").asText());

        JsonNode one = getJson("/api/calls/" + call.uniqueId());
        assertEquals("roads", one.get("department").asText());
        assertEquals("0612345678", one.get("callerNumber").asText());
        assertTrue(one.get("startedAt").asText().startsWith("2026-12-01T09:00"), one.toString());
        StringBuilder path = new StringBuilder();
        one.get("path").forEach(s -> path.append(s.get("node").asText()).append(' ').append(s.get("event").asText())
                .append(s.get("input").isNull() ? "" : " " + s.get("input").asText()).append(" | "));
        assertEquals("main no-match 9 | main key 2 | to-roads dial PJSIP/1002 | to-roads dial-status BUSY | "
                + "to-roads key 2 | ", path.toString());
    }

    @Test
    @DisplayName("open callback requests are listed, filtered by status")
    void openCallbacks() throws Exception {
        ivr.clock.set(RunningServer.WEDNESDAY_10H);
        ivr.call("press 4; press 1; press 1; press # after 1000");

        JsonNode open = getJson("/api/callbacks?status=open");
        assertEquals(1, open.size());
        assertEquals("planning", open.get(0).get("department").asText());
        assertEquals("open", open.get(0).get("status").asText());
        assertEquals(0, getJson("/api/callbacks?status=done").size());
    }

    @Test
    @DisplayName("an unknown call is 404 and a bad filter is 400, with a message")
    void errors() throws Exception {
        assertEquals(404, get("/api/calls/nope").statusCode());
        HttpResponse<String> bad = get("/api/callbacks?status=maybe");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("open, called, done or failed"), bad.body());
        assertEquals(400, get("/api/calls?limit=0").statusCode());
    }
}
