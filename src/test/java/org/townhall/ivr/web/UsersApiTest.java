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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.User;

/** User administration through the API and the forms, black-box on a random port. */
class UsersApiTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path data;
    RunningServer ivr;
    String admin;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        admin = "Bearer " + ivr.apiToken(Role.ADMIN);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ivr.baseUrl() + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("an admin adds an operator limited to roads, who then sees only what an operator may")
    void adminAddsAnOperatorLimitedToADepartment() throws Exception {
        HttpResponse<String> created = send("POST", "/api/users", admin, """
                {"name": "olivia", "role": "operator", "departments": ["roads"], "language": "fr",
                 "password": "a long enough secret"}""");

        assertEquals(201, created.statusCode(), created::body);
        JsonNode user = json.readTree(created.body());
        assertEquals("operator", user.get("role").asText());
        assertEquals("roads", user.get("departments").get(0).asText());
        assertEquals("fr", user.get("language").asText());
        JsonNode me = json.readTree(send("GET", "/api/me", basic("olivia", "a long enough secret"), null).body());
        assertEquals("olivia", me.get("name").asText());
        assertEquals(403, send("GET", "/api/users", basic("olivia", "a long enough secret"), null).statusCode());
        JsonNode all = json.readTree(send("GET", "/api/users", admin, null).body());
        assertTrue(all.toString().contains("\"olivia\""), all::toString);
        JsonNode audit = json.readTree(send("GET", "/api/audit", admin, null).body());
        assertEquals("user.add", audit.get(0).get("action").asText(), audit::toString);
        assertEquals("olivia", audit.get(0).get("subject").asText());
    }

    @Test
    @DisplayName("wrong fields are refused with 422 field by field, a taken name with 409, an unknown user with 404")
    void validation() throws Exception {
        HttpResponse<String> invalid = send("POST", "/api/users", admin, """
                {"name": "x", "role": "mayor", "departments": ["parks"], "language": "de", "password": "short"}""");

        assertEquals(422, invalid.statusCode(), invalid::body);
        JsonNode problems = json.readTree(invalid.body()).get("problems");
        assertEquals(5, problems.size(), problems::toString);
        assertTrue(problems.toString().contains("\"field\":\"departments\""), problems::toString);
        assertTrue(problems.toString().contains("parks"), problems::toString);
        ivr.addUser("maria", Role.SUPERVISOR);
        assertEquals(409, send("POST", "/api/users", admin, """
                {"name": "maria", "role": "operator", "password": "a long enough secret"}""").statusCode());
        assertEquals(404, send("PATCH", "/api/users/999", admin, "{\"language\": \"fr\"}").statusCode());
        assertEquals(400, send("PATCH", "/api/users/999", admin, "{\"colour\": \"red\"}").statusCode());
    }

    @Test
    @DisplayName("a supervisor gets 403 on /api/users but may read the audit log")
    void supervisorsMayNotManageUsers() throws Exception {
        String supervisor = "Bearer " + ivr.apiToken(Role.SUPERVISOR);
        assertEquals(403, send("GET", "/api/users", supervisor, null).statusCode());
        assertEquals(403, send("POST", "/api/users", supervisor, "{}").statusCode());
        assertEquals(200, send("GET", "/api/audit", supervisor, null).statusCode());
    }

    @Test
    @DisplayName("a disabled user's browser session, API token and Basic login stop working at once; enabled again they sign in")
    void disablingEndsAccessAtOnce() throws Exception {
        User olivier = ivr.addUser("olivier", Role.OPERATOR);
        String token = "Bearer " + ivr.server.accounts().newToken("test", olivier, "script");
        ConsoleClient browser = new ConsoleClient(ivr.baseUrl());
        browser.signIn("olivier", RunningServer.PASSWORD);
        assertEquals(200, browser.get("/api/me").statusCode());
        assertEquals(200, send("GET", "/api/me", basic("olivier", RunningServer.PASSWORD), null).statusCode());

        HttpResponse<String> disabled = send("PATCH", "/api/users/" + olivier.id(), admin, "{\"disabled\": true}");

        assertEquals(200, disabled.statusCode(), disabled::body);
        assertEquals(401, browser.get("/api/me").statusCode());
        assertEquals(401, send("GET", "/api/me", token, null).statusCode());
        assertEquals(401, send("GET", "/api/me", basic("olivier", RunningServer.PASSWORD), null).statusCode());
        assertEquals(401, new ConsoleClient(ivr.baseUrl()).signIn("olivier", RunningServer.PASSWORD).statusCode());
        assertEquals(200, send("PATCH", "/api/users/" + olivier.id(), admin, "{\"disabled\": false}").statusCode());
        assertEquals(302, new ConsoleClient(ivr.baseUrl()).signIn("olivier", RunningServer.PASSWORD).statusCode());
    }

    @Test
    @DisplayName("an admin cannot disable themself nor change their own role; a password reset signs the user out")
    void selfProtectionAndPasswordReset() throws Exception {
        User root = ivr.addUser("root", Role.ADMIN);
        String self = basic("root", RunningServer.PASSWORD);
        HttpResponse<String> refused = send("PATCH", "/api/users/" + root.id(), self, "{\"disabled\": true}");
        assertEquals(422, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("\"field\":\"disabled\""), refused.body());
        assertEquals(422, send("PATCH", "/api/users/" + root.id(), self, "{\"role\": \"operator\"}").statusCode());

        User olivier = ivr.addUser("olivier", Role.OPERATOR);
        ConsoleClient browser = new ConsoleClient(ivr.baseUrl());
        browser.signIn("olivier", RunningServer.PASSWORD);
        assertEquals(422, send("POST", "/api/users/" + olivier.id() + "/password", self,
                "{\"password\": \"short\"}").statusCode());
        assertEquals(204, send("POST", "/api/users/" + olivier.id() + "/password", self,
                "{\"password\": \"a brand new secret\"}").statusCode());
        assertEquals(401, browser.get("/api/me").statusCode());
        assertEquals(401, send("GET", "/api/me", basic("olivier", RunningServer.PASSWORD), null).statusCode());
        assertEquals(302, new ConsoleClient(ivr.baseUrl()).signIn("olivier", "a brand new secret").statusCode());
    }

    @Test
    @DisplayName("the users form adds an operator with ticked departments and shows a wrong field next to it")
    void usersForm() throws Exception {
        ivr.addUser("root", Role.ADMIN);
        ConsoleClient browser = new ConsoleClient(ivr.baseUrl());
        browser.signIn("root", RunningServer.PASSWORD);
        HttpResponse<String> page = browser.get("/users");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("value=\"waste\""), "departments come from the live configuration");

        HttpResponse<String> wrong = browser.post("/users", Map.of("name", "nadia", "role", "operator",
                "language", "en", "password", "short"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("at least 10 characters"), wrong.body());
        assertTrue(wrong.body().contains("value=\"nadia\""), "what was typed is kept");

        HttpResponse<String> added = browser.post("/users", Map.of("name", "nadia", "role", "operator",
                "language", "en", "password", "a long enough secret", "departments", "waste"));
        assertEquals(302, added.statusCode(), added::body);
        User nadia = ivr.server.accounts().byName("nadia").orElseThrow();
        assertEquals(java.util.Set.of("waste"), nadia.departments());
        HttpResponse<String> list = browser.get("/users?done=added&who=nadia");
        assertTrue(list.body().contains("User nadia added."), list.body());
    }
}
