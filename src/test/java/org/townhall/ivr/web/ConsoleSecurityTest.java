package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** Who may use the console and its API, black-box on a random port. */
class ConsoleSecurityTest {
    @TempDir
    Path data;
    RunningServer ivr;
    final HttpClient plain = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ivr.baseUrl() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("only /health answers without credentials: the API says 401, pages send to the sign-in form")
    void everythingButHealthNeedsARole() throws Exception {
        assertEquals(200, get("/health", null).statusCode());
        assertEquals(401, get("/api/calls", null).statusCode());
        assertEquals(401, get("/api/calls", "Bearer thk_not-a-token").statusCode());
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(ivr.baseUrl() + "/account")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        assertEquals("/login?next=%2Faccount", page.headers().firstValue("Location").orElse(""));
    }

    @Test
    @DisplayName("API clients authenticate with a bearer token or HTTP Basic")
    void tokensAndBasic() throws Exception {
        String token = ivr.apiToken(Role.OPERATOR);
        assertEquals(200, get("/api/calls", "Bearer " + token).statusCode());
        ivr.addUser("maria", Role.SUPERVISOR);
        assertEquals(200, get("/api/me", basic("maria", RunningServer.PASSWORD)).statusCode());
        assertTrue(get("/api/me", basic("maria", RunningServer.PASSWORD)).body().contains("\"supervisor\""));
        assertEquals(401, get("/api/me", basic("maria", "wrong password!")).statusCode());
    }

    @Test
    @DisplayName("signing in gives an HttpOnly SameSite session cookie and lands on the role's start page")
    void signIn() throws Exception {
        ivr.addUser("olivier", Role.OPERATOR);
        ConsoleClient browser = new ConsoleClient(ivr.baseUrl());
        HttpResponse<String> wrong = browser.signIn("olivier", "not the password");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong user name or password"), wrong.body());
        HttpResponse<String> ok = browser.signIn("olivier", RunningServer.PASSWORD);
        assertEquals(302, ok.statusCode());
        assertEquals("/operator", ok.headers().firstValue("Location").orElse(""));
        String setCookie = ok.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.COOKIE + "=")).findFirst().orElse("");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertEquals(200, browser.get("/account").statusCode());
    }

    @Test
    @DisplayName("a form posted without the session's CSRF token is refused, with it accepted")
    void csrf() throws Exception {
        ivr.addUser("olivier", Role.OPERATOR);
        ConsoleClient browser = new ConsoleClient(ivr.baseUrl());
        browser.signIn("olivier", RunningServer.PASSWORD);
        assertNotNull(browser.csrf());
        HttpResponse<String> forged = browser.post("/account/tokens", Map.of("label", "x", "_csrf", "forged"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("CSRF"), forged.body());
        assertEquals(403, browser.post("/account/tokens", Map.of("label", "x", "_csrf", "")).statusCode());
        HttpResponse<String> genuine = browser.post("/account/tokens", Map.of("label", "x"));
        assertEquals(200, genuine.statusCode());
        assertTrue(genuine.body().contains("thk_"), genuine.body());
    }

    @Test
    @DisplayName("the sign-in form itself is refused without its token")
    void signInFormNeedsItsToken() throws Exception {
        ivr.addUser("olivier", Role.OPERATOR);
        ConsoleClient browser = new ConsoleClient(ivr.baseUrl());
        HttpResponse<String> response = browser.post("/login", Map.of("name", "olivier", "password",
                RunningServer.PASSWORD));
        assertEquals(403, response.statusCode());
    }

    @Test
    @DisplayName("after five wrong passwords the account is locked for a while, even with the right one")
    void throttle() throws Exception {
        ivr.addUser("olivier", Role.OPERATOR);
        ConsoleClient browser = new ConsoleClient(ivr.baseUrl());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, browser.signIn("olivier", "guess number " + i).statusCode());
        }
        HttpResponse<String> locked = browser.signIn("olivier", RunningServer.PASSWORD);
        assertEquals(429, locked.statusCode());
        assertTrue(locked.body().contains("too many failed sign-ins"), locked.body());
        ivr.clock.set(ivr.clock.instant().plusSeconds(16 * 60));
        assertEquals(302, browser.signIn("olivier", RunningServer.PASSWORD).statusCode());
    }

    @Test
    @DisplayName("a fresh installation gets an admin whose password is in the data directory")
    void firstAdmin() throws Exception {
        String password = Files.readString(data.resolve("initial-admin-password")).strip();
        assertEquals(200, get("/api/me", basic("admin", password)).statusCode());
    }

    @Test
    @DisplayName("once the first admin has changed that password, the next start deletes the file that holds it")
    void firstAdminPasswordFileGoesOnceChanged() throws Exception {
        var admin = ivr.server.accounts().byName("admin").orElseThrow();
        ivr.close();
        ivr = new RunningServer(data);
        assertTrue(Files.exists(data.resolve("initial-admin-password")), "unchanged: still needed");
        ivr.server.accounts().changePassword("admin", admin, "a much better password");
        ivr.close();
        ivr = new RunningServer(data);
        assertTrue(Files.notExists(data.resolve("initial-admin-password")));
        assertEquals(200, get("/api/me", basic("admin", "a much better password")).statusCode());
    }
}
