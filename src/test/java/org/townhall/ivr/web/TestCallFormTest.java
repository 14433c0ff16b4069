package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.townhall.ivr.store.Role;

/** The test call start form, as a browser posts it. */
class TestCallFormTest {
    @TempDir
    Path data;
    RunningServer ivr;
    ConsoleClient browser;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        ivr.addUser("sophie", Role.SUPERVISOR);
        browser = new ConsoleClient(ivr.baseUrl());
        browser.signIn("sophie", RunningServer.PASSWORD);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    @DisplayName("the form is prefilled with the live YAML, and a draft with a mistake shows its problems next to it")
    void draftProblemsAreShown() throws Exception {
        HttpResponse<String> page = browser.get("/testcall");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Welcome to the town hall."), "the live YAML is in the text area");

        String yaml = Files.readString(Path.of("config/townhall.yaml")).replace("next: main", "next: nowhere");
        HttpResponse<String> refused = browser.post("/testcall", Map.of("language", "en", "caller", "0612345678",
                "use-yaml", "on", "yaml", yaml));

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("id=\"yaml-problems\""), refused.body());
        assertTrue(refused.body().contains("nowhere"), refused.body());
    }

    @Test
    @DisplayName("a valid draft starts a test call and opens its page")
    void draftStarts() throws Exception {
        browser.get("/testcall");
        String yaml = Files.readString(Path.of("config/townhall.yaml"))
                .replace("Welcome to the town hall.", "Welcome to the draft town hall.");
        HttpResponse<String> started = browser.post("/testcall", Map.of("language", "en", "withheld", "on",
                "use-yaml", "on", "yaml", yaml));

        assertEquals(303, started.statusCode(), started.body());
        String call = started.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = browser.get(call);
        assertTrue(page.body().contains("YAML draft"), page.body());
        browser.post(call + "/input", Map.of("hangup", "true"));
    }

    @Test
    @DisplayName("a version that does not exist is said so, and the live configuration is offered")
    void unknownVersion() throws Exception {
        HttpResponse<String> page = browser.get("/testcall?version=7");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("There is no configuration version 7"), page.body());
    }
}
