package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** {@code GET /api/stats} after simulated calls: counts by department, outcome, hour and day; waiting callbacks. */
class StatsApiTest {
    static final String MESSAGE = Path.of("../shared/asterisk/traces/rec-test.wav").toAbsolutePath().normalize()
            .toString();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path data;
    RunningServer ivr;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ivr.baseUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode stats(String query, String token) throws Exception {
        HttpResponse<String> response = get("/api/stats" + query, token);
        assertEquals(200, response.statusCode(), response::body);
        return json.readTree(response.body());
    }

    private static JsonNode department(JsonNode figures, String id) {
        for (JsonNode d : figures.get("departments")) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no department " + id + " in " + figures.get("departments"));
    }

    private static int hour(JsonNode figures, String label) {
        for (JsonNode b : figures.get("perHour")) {
            if (b.get("label").asText().equals(label)) {
                return b.get("calls").asInt();
            }
        }
        throw new AssertionError("no hour " + label + " in " + figures.get("perHour"));
    }

    @Test
    @DisplayName("two transfers and a hang-up on Tuesday, a callback to closed planning on Wednesday: counted where they belong")
    void countsCallsByDepartmentOutcomeHourAndDay() throws Exception {
        ivr.call("press 2");
        ivr.call("press 1");
        ivr.call("hangup during wait for digit");
        ivr.clock.set(RunningServer.WEDNESDAY_10H);
        ivr.call("press 4; press 1; press 1; speak " + MESSAGE);
        ivr.clock.set(RunningServer.WEDNESDAY_10H.plus(Duration.ofMinutes(90)));
        String token = ivr.apiToken(Role.SUPERVISOR);

        JsonNode figures = stats("?from=2026-12-01&to=2026-12-02&day=2026-12-01", token);

        assertEquals(4, figures.get("calls").asInt(), figures::toPrettyString);
        JsonNode outcomes = figures.get("outcomes");
        assertEquals(2, outcomes.get("transferred").asInt());
        assertEquals(1, outcomes.get("hung-up").asInt());
        assertEquals(1, outcomes.get("callback").asInt());
        assertEquals(1, department(figures, "roads").get("calls").asInt());
        assertEquals(1, department(figures, "roads").get("outcomes").get("transferred").asInt());
        assertEquals(1, department(figures, "civil-status").get("calls").asInt());
        assertEquals(1, department(figures, "planning").get("outcomes").get("callback").asInt());
        assertEquals(0, department(figures, "police").get("calls").asInt());
        assertEquals(1, department(figures, "none").get("outcomes").get("hung-up").asInt());
        assertEquals(3, hour(figures, "10:00"), "Tuesday 09:00 UTC is 10:00 in Paris");
        assertEquals(0, hour(figures, "09:00"));
        assertEquals(24, figures.get("perHour").size());
        assertEquals(3, figures.get("perDay").get(0).get("calls").asInt());
        assertEquals(1, figures.get("perDay").get(1).get("calls").asInt());
        assertTrue(figures.get("topics").toString().contains("\"topic\":\"to-roads\""), figures.get("topics")::toString);

        JsonNode waiting = figures.get("waiting");
        assertEquals(1, waiting.size(), waiting::toString);
        assertEquals("planning", waiting.get(0).get("department").asText());
        assertEquals(1, waiting.get(0).get("count").asInt());
        assertEquals(90, waiting.get(0).get("oldestAgeMinutes").asInt());
        assertEquals(90, waiting.get(0).get("medianAgeMinutes").asInt());
    }

    @Test
    @DisplayName("'today' is the town hall's day; a day of the clock change back has 25 hours")
    void periodsFollowTheTownHallsDays() throws Exception {
        String token = ivr.apiToken(Role.SUPERVISOR);
        ivr.call("press 2");

        JsonNode today = stats("?period=today", token);
        assertEquals("2026-12-01", today.get("from").asText());
        assertEquals(1, today.get("calls").asInt());
        JsonNode week = stats("?period=7d", token);
        assertEquals("2026-11-25", week.get("from").asText());
        assertEquals(7, week.get("perDay").size());

        JsonNode autumn = stats("?from=2026-10-25&to=2026-10-25", token);
        assertEquals(25, autumn.get("perHour").size(), "Paris sets its clocks back on 25 October 2026");
        assertEquals(0, autumn.get("calls").asInt());
    }

    @Test
    @DisplayName("bad periods are refused with 400 saying what to fix, and operators may not see the figures")
    void badPeriodsAndRoles() throws Exception {
        String supervisor = ivr.apiToken(Role.SUPERVISOR);
        HttpResponse<String> reversed = get("/api/stats?from=2026-12-05&to=2026-12-01", supervisor);
        assertEquals(400, reversed.statusCode());
        assertTrue(reversed.body().contains("must not be after"), reversed.body());
        HttpResponse<String> notADate = get("/api/stats?from=yesterday", supervisor);
        assertEquals(400, notADate.statusCode());
        assertTrue(notADate.body().contains("2026-12-01"), notADate.body());
        assertEquals(403, get("/api/stats", ivr.apiToken(Role.OPERATOR)).statusCode());
    }

    @Test
    @DisplayName("the dashboard page shows a wrong date next to the form, in French too; operators may not open it")
    void dashboardPage() throws Exception {
        ivr.addUser("sophie", Role.SUPERVISOR);
        ConsoleClient supervisor = new ConsoleClient(ivr.baseUrl());
        supervisor.signIn("sophie", RunningServer.PASSWORD);
        HttpResponse<String> wrong = supervisor.get("/dashboard?from=2026-13-01");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("role=\"alert\""), wrong.body());
        supervisor.get("/lang/fr?back=/dashboard");
        HttpResponse<String> french = supervisor.get("/dashboard?period=30d");
        assertEquals(200, french.statusCode());
        assertTrue(french.body().contains("Appels par jour"), french.body());
        ivr.addUser("olivier", Role.OPERATOR);
        ConsoleClient operator = new ConsoleClient(ivr.baseUrl());
        operator.signIn("olivier", RunningServer.PASSWORD);
        assertEquals(403, operator.get("/dashboard").statusCode());
    }
}
