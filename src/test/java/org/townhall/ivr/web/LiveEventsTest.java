package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.store.Role;

/** The live calls as server-sent events, read with java.net.http like a browser's EventSource would. */
class LiveEventsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    RunningServer ivr;
    final HttpClient http = HttpClient.newHttpClient();
    final List<Stream<String>> streams = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
    }

    @AfterEach
    void stop() {
        streams.forEach(Stream::close);
        ivr.close();
    }

    record Event(String name, JsonNode data) {
    }

    /** Opens the event stream as {@code token}'s user; events arrive in the returned queue. */
    private BlockingQueue<Event> follow(String token) throws Exception {
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create(ivr.baseUrl()
                        + "/api/live/events")).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        streams.add(response.body());
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            String name = "message";
            try {
                for (String line : (Iterable<String>) response.body()::iterator) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        events.add(new Event(name, JSON.readTree(line.substring(6))));
                        name = "message";
                    }
                }
            } catch (Exception e) {
                // the stream was closed by the test
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        assertEquals("snapshot", next(events, "snapshot").name());
        return events;
    }

    private static Event next(BlockingQueue<Event> events, String name) throws InterruptedException {
        while (true) {
            Event event = events.poll(15, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no '" + name + "' event within 15 s");
            }
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    private String operator(String name, String... departments) {
        return ivr.server.accounts().newToken("test", ivr.addUser(name, Role.OPERATOR, departments), "tests");
    }

    @Test
    @DisplayName("a call transferred to roads rings on the stream with its topic, caller number and history")
    void transferRingingIsPushed() throws Exception {
        CallTranscript earlier = ivr.call("press 2; dial busy; press 2");
        BlockingQueue<Event> events = follow(operator("rose", "roads"));

        CallTranscript call = ivr.call("press 2; dial answer");

        Event started = next(events, "call-started");
        assertEquals(call.uniqueId(), started.data().get("call").get("callId").asText());
        assertEquals("0612345678", started.data().get("call").get("callerNumber").asText());
        Event ringing = next(events, "transfer-ringing");
        JsonNode pop = ringing.data();
        assertEquals("roads", pop.get("call").get("department").asText());
        assertEquals("ringing", pop.get("call").get("state").asText());
        assertTrue(pop.get("call").get("topic").asText().contains("main:2"), pop::toString);
        assertEquals("0612345678", pop.get("call").get("callerNumber").asText());
        assertEquals("Jean Dupont", pop.get("call").get("callerName").asText());
        assertEquals("PJSIP/1002", pop.get("call").get("dial").asText());
        assertEquals("", pop.get("call").get("transcript").asText());
        assertEquals(1, pop.get("previousCalls").size(), pop::toString);
        JsonNode previous = pop.get("previousCalls").get(0);
        assertEquals(earlier.uniqueId(), previous.get("callId").asText());
        assertEquals("roads", previous.get("department").asText());
        assertEquals("ended", previous.get("outcome").asText());
        Event ended = next(events, "call-ended");
        assertEquals("transferred", ended.data().get("outcome").asText());
    }

    @Test
    @DisplayName("an operator of waste does not get the ringing of a roads transfer (the call just leaves their view), and sees the waste one")
    void ringingIsLimitedToTheOperatorsDepartments() throws Exception {
        BlockingQueue<Event> waste = follow(operator("walid", "waste"));

        CallTranscript roadsCall = ivr.call("press 2; dial answer");
        CallTranscript wasteCall = ivr.call("press 3; dial answer");

        Event gone = next(waste, "call-gone");
        assertEquals(roadsCall.uniqueId(), gone.data().get("call").get("callId").asText());
        assertTrue(gone.data().get("call").get("callerNumber").isNull(), "nothing about a call that is not theirs");
        Event ringing = next(waste, "transfer-ringing");
        assertEquals(wasteCall.uniqueId(), ringing.data().get("call").get("callId").asText(),
                "the roads transfer (" + roadsCall.uniqueId() + ") came first but is not theirs");
        assertEquals("waste", ringing.data().get("call").get("department").asText());
        JsonNode snapshot = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(ivr.baseUrl()
                + "/api/live/calls")).header("Authorization", "Bearer " + operator("x1")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(0, snapshot.get("calls").size(), "both calls are over");
        assertFalse(ivr.server.store().calls(org.townhall.ivr.store.CallQuery.latest(5)).isEmpty());
    }
}
