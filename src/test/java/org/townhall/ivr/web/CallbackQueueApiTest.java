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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** The callback queue's API, black-box: claims, departments, attempts, notes. */
class CallbackQueueApiTest {
    static final String MESSAGE = Path.of("../shared/asterisk/traces/rec-test.wav").toAbsolutePath().normalize()
            .toString();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    RunningServer ivr;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    /** A busy department: the caller asks for a callback and leaves a message. Returns the request's id. */
    private long callbackFor(String key) throws Exception {
        ivr.call("press " + key + "; dial busy; press 1; press 1; speak " + MESSAGE);
        return ivr.server.store().callbacks(null, null, 100).stream()
                .filter(c -> c.department().equals(key.equals("2") ? "roads" : "waste")).findFirst().orElseThrow().id();
    }

    private String operator(String name, String... departments) {
        var user = ivr.addUser(name, Role.OPERATOR, departments);
        return ivr.server.accounts().newToken("test", user, "tests");
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ivr.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    @DisplayName("six operators claim the same callback at once: exactly one gets it, the others get 409")
    void concurrentClaimsHaveOneWinner() throws Exception {
        long id = callbackFor("2");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(operator("op" + i, "roads"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch ready = new CountDownLatch(tokens.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return send("POST", "/api/callbacks/" + id + "/claim", token, null);
            }));
        }
        assertTrue(ready.await(10, TimeUnit.SECONDS));
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        String winner = null;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(20, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            if (response.statusCode() == 200) {
                winner = json(response).get("claimedBy").asText();
            }
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        HttpResponse<String> stored = send("GET", "/api/callbacks/" + id, tokens.get(0), null);
        assertEquals(winner, json(stored).get("claimedBy").asText());
        assertTrue(ivr.server.store().callbacks(null, null, 10).get(0).claimedBy() != null);
    }

    @Test
    @DisplayName("an operator of roads neither sees nor claims a waste callback")
    void operatorsAreLimitedToTheirDepartments() throws Exception {
        long roads = callbackFor("2");
        long waste = callbackFor("3");
        String roadsOperator = operator("rose", "roads");

        JsonNode listed = json(send("GET", "/api/callbacks", roadsOperator, null));
        assertEquals(1, listed.size(), listed::toString);
        assertEquals(roads, listed.get(0).get("id").asLong());
        assertEquals(403, send("GET", "/api/callbacks?department=waste", roadsOperator, null).statusCode());
        assertEquals(403, send("GET", "/api/callbacks/" + waste, roadsOperator, null).statusCode());
        assertEquals(403, send("POST", "/api/callbacks/" + waste + "/claim", roadsOperator, null).statusCode());
        assertEquals(404, send("POST", "/api/callbacks/99999/claim", roadsOperator, null).statusCode());

        String supervisor = ivr.apiToken(Role.SUPERVISOR);
        assertEquals(2, json(send("GET", "/api/callbacks", supervisor, null)).size());
        JsonNode legacy = json(send("GET", "/api/callbacks?status=open&department=waste&limit=5", supervisor, null));
        assertEquals(List.of(waste), List.of(legacy.get(0).get("id").asLong()));
        assertEquals(400, send("GET", "/api/callbacks?status=lost", supervisor, null).statusCode());
    }

    @Test
    @DisplayName("no answer counts an attempt and puts the request back; called back, then done with a note")
    void noAnswerThenCalledBackThenDone() throws Exception {
        long id = callbackFor("2");
        String ana = operator("ana", "roads");
        String ben = operator("ben", "roads");

        assertEquals(409, send("POST", "/api/callbacks/" + id + "/no-answer", ana, null).statusCode(),
                "claim it first");
        assertEquals(200, send("POST", "/api/callbacks/" + id + "/claim", ana, null).statusCode());
        assertEquals(409, send("POST", "/api/callbacks/" + id + "/called", ben, null).statusCode(),
                "only the claimer acts");
        JsonNode afterNoAnswer = json(send("POST", "/api/callbacks/" + id + "/no-answer", ana, null));
        assertEquals(1, afterNoAnswer.get("attempts").asInt());
        assertEquals("open", afterNoAnswer.get("status").asText());
        assertTrue(afterNoAnswer.get("claimedBy").isNull(), afterNoAnswer::toString);

        assertEquals(200, send("POST", "/api/callbacks/" + id + "/claim", ben, null).statusCode());
        JsonNode called = json(send("POST", "/api/callbacks/" + id + "/called", ben, null));
        assertEquals(2, called.get("attempts").asInt());
        assertEquals("called", called.get("status").asText());
        HttpResponse<String> done = send("POST", "/api/callbacks/" + id + "/done", ben,
                "{\"note\": \"Pothole reported to the road crew\"}");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("done", json(done).get("status").asText());
        assertEquals("Pothole reported to the road crew", json(done).get("notes").asText());
        assertEquals(409, send("POST", "/api/callbacks/" + id + "/claim", ana, null).statusCode(), "closed");
        assertEquals(List.of("done"), ivr.server.store().callbacks(null, "roads", 10).stream()
                .map(c -> c.status().code()).toList());

        List<String> actions = auditActions();
        assertTrue(actions.containsAll(List.of("callback.claim", "callback.no-answer", "callback.called",
                "callback.done")), actions::toString);
    }

    @Test
    @DisplayName("the queue filters by age: older than N hours")
    void filterByAge() throws Exception {
        callbackFor("2");
        String token = operator("olga");
        ivr.clock.set(RunningServer.TUESDAY_10H.plusSeconds(3 * 3600));
        assertEquals(1, json(send("GET", "/api/callbacks?olderThanHours=2", token, null)).size());
        assertEquals(0, json(send("GET", "/api/callbacks?olderThanHours=4", token, null)).size());
        assertEquals(400, send("GET", "/api/callbacks?olderThanHours=soon", token, null).statusCode());
    }

    @Test
    @DisplayName("the caller's message is served to operators of its department, and only from the recordings directory")
    void recordedMessage() throws Exception {
        long id = callbackFor("2");
        String roads = operator("rita", "roads");
        HttpResponse<byte[]> message = http.send(HttpRequest.newBuilder(URI.create(ivr.baseUrl() + "/callbacks/" + id
                + "/message")).header("Authorization", "Bearer " + roads).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, message.statusCode());
        assertTrue(message.headers().firstValue("Content-Type").orElse("").startsWith("audio/wav"));
        assertEquals("RIFF", new String(message.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(403, send("GET", "/callbacks/" + id + "/message", operator("wanda", "waste"), null).statusCode());

        for (String elsewhere : List.of("/etc/passwd", data.resolve("townhall.db").toString(), "../townhall.db")) {
            try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("townhall.db"));
                 var ps = db.prepareStatement("UPDATE callbacks SET message_file = ? WHERE id = ?")) {
                ps.setString(1, elsewhere);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            assertEquals(404, send("GET", "/callbacks/" + id + "/message", roads, null).statusCode(), elsewhere);
        }
    }

    /** The audit log's actions on callbacks, read from the server's database file. */
    private List<String> auditActions() throws Exception {
        List<String> actions = new ArrayList<>();
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("townhall.db"));
             var rs = db.createStatement().executeQuery("SELECT action FROM audit_log WHERE subject LIKE 'callback %'"
                     + " ORDER BY id")) {
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
        }
        return actions;
    }
}
