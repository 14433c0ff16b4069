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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** The served OpenAPI description covers every API route the running server has, so it cannot drift silently. */
class OpenApiTest {
    /** Documented ahead of the branches that add them; once registered they are checked like the others. */
    static final Set<String> PLANNED = Set.of(
            "POST /api/testcalls", "POST /api/testcalls/{id}/input", "POST /api/testcalls/{id}/wav",
            "GET /api/testcalls/{id}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path data;
    RunningServer ivr;
    JsonNode document;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ivr.baseUrl() + "/api/openapi.json"))
                .header("Authorization", "Bearer " + ivr.apiToken(Role.OPERATOR)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        document = json.readTree(response.body());
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    /** {@code GET /api/calls/{id}}, with Javalin's {@code <id>} written the OpenAPI way. */
    private static String operation(String route) {
        return route.replaceAll("<([^>]+)>", "{$1}");
    }

    private Set<String> documented() {
        Set<String> operations = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    @Test
    @DisplayName("every /api route and /health registered in the running server is documented")
    void everyRegisteredRouteIsDocumented() {
        List<String> registered = ivr.server.httpRoutes().stream().map(OpenApiTest::operation)
                .filter(r -> r.contains(" /api/") || r.endsWith(" /health")).toList();
        assertTrue(registered.contains("GET /api/stats") && registered.contains("PATCH /api/users/{id}"), registered::toString);

        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(documented());

        assertEquals(Set.of(), missing, "add these to src/main/resources/openapi.json");
    }

    @Test
    @DisplayName("everything documented exists, or is one of the endpoints planned on other branches")
    void nothingDocumentedIsInvented() {
        Set<String> extra = new TreeSet<>(documented());
        ivr.server.httpRoutes().stream().map(OpenApiTest::operation).forEach(extra::remove);
        extra.removeAll(PLANNED);

        assertEquals(Set.of(), extra);
    }

    @Test
    @DisplayName("the document is OpenAPI 3.0 with bearer, Basic and cookie security, responses everywhere and no broken $ref")
    void documentIsComplete() {
        assertTrue(document.get("openapi").asText().startsWith("3.0"));
        JsonNode schemes = document.at("/components/securitySchemes");
        assertEquals("bearer", schemes.at("/bearerToken/scheme").asText());
        assertEquals("basic", schemes.at("/basicAuth/scheme").asText());
        assertEquals("cookie", schemes.at("/sessionCookie/in").asText());
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            assertTrue(op.getValue().has("responses") && op.getValue().get("responses").size() > 0,
                    op.getKey() + " " + path.getKey() + " has no responses");
            assertTrue(op.getValue().has("x-townhall-access"), op.getKey() + " " + path.getKey() + " says not who may use it");
            for (String param : parameters(path.getKey())) {
                assertTrue(op.getValue().toString().contains("\"name\":\"" + param + "\""),
                        op.getKey() + " " + path.getKey() + " does not describe {" + param + "}");
            }
        }));
        List<String> broken = new ArrayList<>();
        references(document, broken);
        assertEquals(List.of(), broken);
    }

    @Test
    @DisplayName("the JSON the running server returns has exactly the fields its documented schema lists")
    void responsesHaveTheDocumentedFields() throws Exception {
        ivr.call("press 2; dial busy; press 1; press 1; speak " + CallbackQueueApiTest.MESSAGE);
        String supervisor = ivr.apiToken(Role.SUPERVISOR);
        String admin = ivr.apiToken(Role.ADMIN);
        for (String path : List.of("/api/me", "/api/config/versions", "/api/config/versions/1", "/api/config/live",
                "/api/config/drafts/current", "/api/config/versions/1/diff", "/api/live/calls", "/api/stats",
                "/api/audit", "/api/calls", "/api/callbacks")) {
            assertDocumentedFields("get", path.replaceAll("/1(/|$)", "/{n}$1"), path, "200",
                    send("GET", path, supervisor, null));
        }
        assertDocumentedFields("get", "/api/users", "/api/users", "200", send("GET", "/api/users", admin, null));
        String callId = json.readTree(send("GET", "/api/calls", supervisor, null).body()).get(0).get("id").asText();
        assertDocumentedFields("get", "/api/calls/{id}", "/api/calls/" + callId, "200",
                send("GET", "/api/calls/" + callId, supervisor, null));
        long callback = json.readTree(send("GET", "/api/callbacks", supervisor, null).body()).get(0).get("id").asLong();
        assertDocumentedFields("post", "/api/callbacks/{id}/claim", "/api/callbacks/" + callback + "/claim", "200",
                send("POST", "/api/callbacks/" + callback + "/claim", supervisor, null));
        assertDocumentedFields("post", "/api/callbacks/{id}/claim", "/api/callbacks/" + callback + "/claim", "409",
                send("POST", "/api/callbacks/" + callback + "/claim", supervisor, null));
        assertDocumentedFields("get", "/health", "/health", "200", send("GET", "/health", null, null));

        String hours = "/api/config/drafts/departments/roads/hours";
        assertDocumentedFields("put", "/api/config/drafts/departments/{id}/hours", hours, "422",
                send("PUT", hours, supervisor, "{\"hours\": {\"mon-fri\": \"25:00-26:00\"}}"));
        assertDocumentedFields("put", "/api/config/drafts/departments/{id}/hours", hours, "201",
                send("PUT", hours, supervisor, "{\"hours\": {\"mon-fri\": \"08:00-12:00\"}}"));
        assertDocumentedFields("post", "/api/config/versions/{n}/publish", "/api/config/versions/2/publish", "200",
                send("POST", "/api/config/versions/2/publish", supervisor, null));
        assertDocumentedFields("post", "/api/config/versions/{n}/publish", "/api/config/versions/2/publish", "409",
                send("POST", "/api/config/versions/2/publish", supervisor, null));
        assertDocumentedFields("get", "/api/config/versions/{n}", "/api/config/versions/99", "404",
                send("GET", "/api/config/versions/99", supervisor, null));
        assertDocumentedFields("get", "/api/calls/{id}", "/api/calls/nothing", "404",
                send("GET", "/api/calls/nothing", supervisor, null));
    }

    @Test
    @DisplayName("x-townhall-access is what the server enforces: operators are refused exactly the supervisor and admin reads")
    void accessIsAsDocumented() throws Exception {
        String operator = ivr.apiToken(Role.OPERATOR);
        List<String> wrong = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get == null || path.getKey().contains("{") || path.getKey().equals("/api/live/events")
                    || PLANNED.contains("GET " + path.getKey())) {
                return;
            }
            String access = get.get("x-townhall-access").asText();
            try {
                int status = send("GET", path.getKey(), operator, null).statusCode();
                boolean refused = status == 403;
                if (refused != (access.equals("supervisor") || access.equals("admin"))) {
                    wrong.add("GET " + path.getKey() + " documented " + access + ", an operator got " + status);
                }
            } catch (Exception e) {
                wrong.add("GET " + path.getKey() + ": " + e);
            }
        });
        assertEquals(List.of(), wrong);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ivr.baseUrl() + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The top-level fields of the body (of its first item, for an array) are the documented schema's properties:
     * none undocumented, none of its required ones (all, when it says none are) missing.
     */
    private void assertDocumentedFields(String method, String documentedPath, String path, String status,
                                        HttpResponse<String> response) throws Exception {
        String what = method.toUpperCase(Locale.ROOT) + " " + path + " " + status;
        assertEquals(Integer.parseInt(status), response.statusCode(), () -> what + ": " + response.body());
        JsonNode documented = document.get("paths").get(documentedPath).get(method).get("responses").get(status);
        assertTrue(documented != null, what + " is not documented");
        JsonNode schema = resolve(resolve(documented).at("/content/application~1json/schema"));
        JsonNode body = json.readTree(response.body());
        if (schema.path("type").asText().equals("array")) {
            assertTrue(body.isArray(), what + " is not an array: " + response.body());
            schema = resolve(schema.get("items"));
            if (body.isEmpty()) {
                return;
            }
            body = body.get(0);
        }
        Set<String> actual = new TreeSet<>();
        body.fieldNames().forEachRemaining(actual::add);
        if (schema.has("oneOf")) {
            List<Set<String>> alternatives = new ArrayList<>();
            schema.get("oneOf").forEach(s -> alternatives.add(properties(resolve(s))));
            assertTrue(!actual.isEmpty() && alternatives.stream().anyMatch(p -> p.containsAll(actual)),
                    what + " returned " + actual + ", documented one of " + alternatives);
        } else {
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            Set<String> undocumented = new TreeSet<>(actual);
            undocumented.removeAll(properties(schema));
            Set<String> missing = new TreeSet<>(required.isEmpty() ? properties(schema) : required);
            missing.removeAll(actual);
            assertEquals(Set.of(), undocumented, what + " returns fields the schema does not list");
            assertEquals(Set.of(), missing, what + " lacks fields the schema requires (all, when it lists none)");
        }
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static List<String> parameters(String path) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private void references(JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && document.at(ref.asText().substring(1)).isMissingNode()) {
                broken.add(ref.asText());
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                references(it.next(), broken);
            }
        } else if (node.isArray()) {
            node.forEach(child -> references(child, broken));
        }
    }
}
