package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** Versions of the menu configuration through the REST API: save, validation, roles, publish, roll back, edits. */
class ConfigVersionsApiTest {
    static final String WELCOME = "\"Welcome to the town hall.\"";

    @TempDir
    Path data;
    RunningServer ivr;
    ConfigApiClient supervisor;
    ConfigApiClient operator;
    String yaml;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        supervisor = new ConfigApiClient(ivr.baseUrl(), ivr.apiToken(Role.SUPERVISOR));
        operator = new ConfigApiClient(ivr.baseUrl(), ivr.apiToken(Role.OPERATOR));
        yaml = Files.readString(Path.of("config/townhall.yaml"));
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private String health() throws Exception {
        return supervisor.json("/health").get("configVersion").asText();
    }

    @Test
    @DisplayName("the file is version 1 and live at first start")
    void fileIsVersionOne() throws Exception {
        JsonNode versions = operator.json("/api/config/versions");
        assertEquals(1, versions.size());
        assertEquals(1, versions.get(0).get("number").asInt());
        assertEquals("file", versions.get(0).get("origin").asText());
        assertTrue(versions.get(0).get("live").asBoolean());
        assertEquals(health(), operator.json("/api/config/live").get("contentHash").asText());
    }

    @Test
    @DisplayName("a valid save creates a draft version that is not live until published")
    void validSaveCreatesAVersion() throws Exception {
        HttpResponse<String> saved = supervisor.save(yaml.replace(WELCOME, "\"Hello and welcome.\""), "warmer", 1);

        assertEquals(201, saved.statusCode(), saved.body());
        assertEquals(2, ConfigApiClient.json(saved).get("number").asInt());
        JsonNode version = operator.json("/api/config/versions/2");
        assertTrue(version.get("yaml").asText().contains("Hello and welcome."));
        assertEquals("warmer", version.get("comment").asText());
        assertEquals(1, version.get("basedOn").asInt());
        assertEquals("console", version.get("origin").asText());
        assertFalse(version.get("live").asBoolean());
        assertEquals(1, operator.json("/api/config/live").get("number").asInt());
    }

    @Test
    @DisplayName("an invalid save is refused with 422 and its problems field by field, and nothing is stored")
    void invalidSaveIsRefused() throws Exception {
        String bad = yaml.replace("hours: {mon-fri: \"08:30-17:30\"}\n  waste:", "hours:\n      mon-fri: \"25:00-26:00\"\n  waste:")
                .replace("tag: ROADS", "tag: road works");

        HttpResponse<String> refused = supervisor.save(bad, "broken", 1);

        assertEquals(422, refused.statusCode(), refused.body());
        JsonNode problems = ConfigApiClient.json(refused).get("problems");
        assertTrue(problems.size() >= 2, refused.body());
        JsonNode hours = find(problems, "departments.roads.hours.mon-fri");
        assertEquals("roads", hours.get("node").asText());
        assertTrue(hours.get("line").asInt() > 0);
        assertTrue(hours.get("message").asText().contains("25:00"), hours.toString());
        JsonNode tag = find(problems, "departments.roads.tag");
        assertTrue(tag.get("message").asText().contains("road works"), tag.toString());
        assertEquals(1, operator.json("/api/config/versions").size());
    }

    private static JsonNode find(JsonNode problems, String field) {
        for (JsonNode p : problems) {
            if (field.equals(p.get("field").asText())) {
                return p;
            }
        }
        throw new AssertionError("no problem at " + field + " in " + problems);
    }

    @Test
    @DisplayName("an operator may read versions but gets 403 on save, publish and roll back")
    void operatorsCannotChangeTheMenus() throws Exception {
        assertEquals(200, operator.get("/api/config/versions").statusCode());
        assertEquals(403, operator.save(yaml, "no", 1).statusCode());
        assertEquals(403, operator.post("/api/config/versions/1/publish", null).statusCode());
        assertEquals(403, operator.post("/api/config/rollback/1", null).statusCode());
        assertEquals(403, operator.send("PUT", "/api/config/drafts/prompts/welcome/en", Map.of("text", "x")).statusCode());
        assertEquals(1, operator.json("/api/config/versions").size());
    }

    @Test
    @DisplayName("publishing switches the live version shown by /health, and roll back restores the earlier one")
    void publishThenRollBack() throws Exception {
        String before = health();
        supervisor.save(yaml.replace(WELCOME, "\"Hello and welcome.\""), "warmer", 1);

        HttpResponse<String> published = supervisor.post("/api/config/versions/2/publish", null);

        assertEquals(200, published.statusCode(), published.body());
        String after = health();
        assertNotEquals(before, after);
        assertEquals(operator.json("/api/config/versions/2").get("contentHash").asText(), after);
        assertEquals(2, operator.json("/api/config/live").get("number").asInt());
        assertEquals(409, supervisor.post("/api/config/versions/2/publish", null).statusCode());

        HttpResponse<String> rolledBack = supervisor.post("/api/config/rollback/1", null);

        assertEquals(200, rolledBack.statusCode(), rolledBack.body());
        assertEquals(before, health());
        assertEquals(1, operator.json("/api/config/live").get("number").asInt());
        assertEquals(404, supervisor.post("/api/config/rollback/99", null).statusCode());
    }

    @Test
    @DisplayName("the diff of two versions shows the changed lines with their context")
    void diff() throws Exception {
        supervisor.save(yaml.replace(WELCOME, "\"Hello and welcome.\""), "warmer", 1);

        JsonNode diff = operator.json("/api/config/versions/2/diff?against=1");

        String unified = diff.get("unified").asText();
        assertTrue(unified.contains("-        en: " + WELCOME), unified);
        assertTrue(unified.contains("+        en: \"Hello and welcome.\""), unified);
        assertTrue(unified.contains("@@ -"), unified);
        assertEquals(1, diff.get("added").asInt());
        assertEquals(1, diff.get("removed").asInt());
    }

    @Test
    @DisplayName("structured edits change one field of the draft and keep the file's comments")
    void structuredEdits() throws Exception {
        HttpResponse<String> prompt = supervisor.send("PUT", "/api/config/drafts/prompts/welcome/fr",
                Map.of("text", "Bonjour, \"mairie\" !"));
        assertEquals(201, prompt.statusCode(), prompt.body());
        HttpResponse<String> hours = supervisor.send("PUT", "/api/config/drafts/departments/roads/hours",
                Map.of("hours", Map.of("mon-fri", "08:00-12:00, 13:30-17:00")));
        assertEquals(201, hours.statusCode(), hours.body());
        HttpResponse<String> keys = supervisor.send("PUT", "/api/config/drafts/nodes/main/choices",
                Map.of("choices", new java.util.TreeMap<>(Map.of("1", "to-civil-status", "2", "to-waste", "3", "to-roads",
                        "4", "planning-hours", "5", "to-schools", "6", "to-social", "7", "to-police"))));
        assertEquals(201, keys.statusCode(), keys.body());
        HttpResponse<String> phrases = supervisor.send("PUT", "/api/config/drafts/departments/roads/phrases/en",
                Map.of("lines", List.of("pothole", "street light")));
        assertEquals(201, phrases.statusCode(), phrases.body());
        HttpResponse<String> holidays = supervisor.send("PUT", "/api/config/drafts/holidays",
                Map.of("lines", List.of("2026-12-25", "2026-12-24 2026-12-31 winter break")));
        assertEquals(201, holidays.statusCode(), holidays.body());

        HttpResponse<String> message = supervisor.send("PUT", "/api/config/drafts/prompts/message.goodbye/en",
                Map.of("text", "Goodbye from the town hall."));
        assertEquals(201, message.statusCode(), message.body());
        HttpResponse<String> name = supervisor.send("PUT", "/api/config/drafts/prompts/department.roads/fr",
                Map.of("text", "Voirie"));
        assertEquals(201, name.statusCode(), name.body());

        JsonNode draft = operator.json("/api/config/drafts/current");
        assertEquals(8, draft.get("number").asInt());
        String text = draft.get("yaml").asText();
        assertTrue(text.contains("fr: \"Bonjour, \\\"mairie\\\" !\""), text);
        assertTrue(text.contains("mon-fri: [\"08:00-12:00\", \"13:30-17:00\"]"), text);
        assertTrue(text.contains("key 0 leads here from every menu"), text);
        assertTrue(text.contains("the whole town hall is closed on these days"), text);
        assertTrue(text.contains("en: [\"pothole\", \"street light\"]"), text);
        assertTrue(text.contains("        2: \"to-waste\"\n        3: \"to-roads\""), text);
        assertTrue(text.contains("en: \"Goodbye from the town hall.\""), text);
        assertTrue(text.contains("names: {en: \"Roads and street lighting\", fr: \"Voirie\"}"), text);
        assertEquals(7, draft.get("basedOn").asInt());
        assertEquals(1, operator.json("/api/config/live").get("number").asInt());
    }

    @Test
    @DisplayName("a bad opening hour through the structured edit is refused field by field and stores nothing")
    void badHourRefused() throws Exception {
        HttpResponse<String> refused = supervisor.send("PUT", "/api/config/drafts/departments/roads/hours",
                Map.of("hours", Map.of("mon-fri", "25:00-26:00")));

        assertEquals(422, refused.statusCode(), refused.body());
        JsonNode problem = ConfigApiClient.json(refused).get("problems").get(0);
        assertEquals("departments.roads.hours.mon-fri", problem.get("field").asText(), refused.body());
        assertEquals(1, operator.json("/api/config/versions").size());
        assertEquals(404, supervisor.send("PUT", "/api/config/drafts/prompts/nothing/en", Map.of("text", "x"))
                .statusCode());
    }

    @Test
    @DisplayName("a department's example requests are set in one call; one that is already another department's is "
            + "refused on its field and stores nothing")
    void exampleRequests() throws Exception {
        HttpResponse<String> saved = supervisor.send("PUT", "/api/config/drafts/departments/roads/examples/en",
                Map.of("lines", List.of("the lamp outside number 12 has been off for a week", "  ")));
        assertEquals(201, saved.statusCode(), saved.body());
        String yaml = operator.json("/api/config/drafts/current").get("yaml").asText();
        assertTrue(yaml.contains("      en:\n        - \"the lamp outside number 12 has been off for a week\"\n      fr:\n"), yaml);
        assertTrue(yaml.contains("Il y a un énorme trou dans la chaussée rue de la République"),
                "the French examples are kept");

        HttpResponse<String> refused = supervisor.send("PUT", "/api/config/drafts/departments/police/examples/en",
                Map.of("lines", List.of("The lamp outside number 12 has been off for a week")));
        assertEquals(422, refused.statusCode(), refused.body());
        JsonNode problem = ConfigApiClient.json(refused).get("problems").get(0);
        assertTrue(problem.get("message").asText().contains("also an example of department 'roads'"), refused.body());
        assertEquals(2, operator.json("/api/config/versions").size());
    }
}
