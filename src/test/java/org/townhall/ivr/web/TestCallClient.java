package org.townhall.ivr.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The test call API as a supervisor's script uses it: bearer token, JSON, long polls for the dialogue. */
final class TestCallClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    TestCallClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The dialogue so far: each line as "who: text", and the call's last state. */
    record Seen(List<String> lines, JsonNode state) {
        boolean has(String text) {
            return lines.stream().anyMatch(l -> l.contains(text));
        }

        String awaiting() {
            return state.path("awaiting").asText();
        }

        boolean finished() {
            return state.path("finished").asBoolean();
        }

        String outcome() {
            return state.path("outcome").asText();
        }

        @Override
        public String toString() {
            return String.join("\n", lines) + "\n[" + state.path("awaiting").asText() + "]";
        }
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    String start(String json) throws Exception {
        HttpResponse<String> response = post("/api/testcalls", json);
        if (response.statusCode() != 201) {
            throw new AssertionError("start: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    HttpResponse<String> input(String id, String json) throws Exception {
        return post("/api/testcalls/" + id + "/input", json);
    }

    void send(String id, String json) throws Exception {
        HttpResponse<String> response = input(id, json);
        if (response.statusCode() != 202) {
            throw new AssertionError("input " + json + ": " + response.statusCode() + " " + response.body());
        }
    }

    HttpResponse<String> uploadWav(String id, Path wav) throws Exception {
        String boundary = "----testcall" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"wav\"; filename=\""
                + wav.getFileName() + "\"\r\nContent-Type: audio/wav\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = Files.readAllBytes(wav);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return http.send(request("/api/testcalls/" + id + "/wav")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the dialogue (long polls) until {@code until} holds; fails with the dialogue when it does not. */
    Seen until(String id, Predicate<Seen> until) throws Exception {
        List<String> lines = new ArrayList<>();
        long end = System.nanoTime() + PATIENCE.toNanos();
        String awaiting = null;
        Seen seen;
        while (true) {
            HttpResponse<String> response = get("/api/testcalls/" + id + "?after=" + lines.size() + "&wait=5"
                    + (awaiting == null ? "" : "&awaiting=" + awaiting));
            if (response.statusCode() != 200) {
                throw new AssertionError("state: " + response.statusCode() + " " + response.body());
            }
            JsonNode state = JSON.readTree(response.body());
            for (JsonNode line : state.path("dialogue")) {
                lines.add(line.path("who").asText() + ": " + line.path("text").asText());
            }
            awaiting = state.path("awaiting").asText();
            seen = new Seen(List.copyOf(lines), state);
            if (until.test(seen)) {
                return seen;
            }
            if (System.nanoTime() > end || (seen.finished() && state.path("dialogue").isEmpty())) {
                throw new AssertionError("the test call did not get there; dialogue:\n" + seen);
            }
        }
    }
}
