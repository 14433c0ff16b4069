package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** The menu pages over plain HTTP: forms, problems next to their field, publish and roll back buttons. */
class MenuPagesTest {
    @TempDir
    Path data;
    RunningServer ivr;
    ConsoleClient maria;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        ivr.addUser("maria", Role.SUPERVISOR);
        maria = new ConsoleClient(ivr.baseUrl());
        maria.signIn("maria", RunningServer.PASSWORD);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    @DisplayName("every menu page answers a supervisor; an operator is refused")
    void pagesAnswer() throws Exception {
        for (String path : new String[] {"/menus", "/menus/nodes/main", "/menus/nodes/welcome", "/menus/departments/roads",
                "/menus/holidays", "/menus/messages", "/menus/yaml", "/menus/versions", "/menus/versions/1/diff?against=1"}) {
            HttpResponse<String> page = maria.get(path);
            assertEquals(200, page.statusCode(), path + ": " + page.body());
        }
        assertTrue(maria.get("/menus").body().contains("to-roads"));
        ivr.addUser("olivier", Role.OPERATOR);
        ConsoleClient olivier = new ConsoleClient(ivr.baseUrl());
        olivier.signIn("olivier", RunningServer.PASSWORD);
        assertEquals(403, olivier.get("/menus").statusCode());
    }

    @Test
    @DisplayName("a bad opening hour is shown next to its field and saves nothing; a good one saves a draft")
    void hoursForm() throws Exception {
        maria.get("/menus/departments/roads");
        Map<String, String> form = new java.util.HashMap<>(Map.of("days.0", "mon-fri", "slots.0", "25:00-26:00",
                "departments.roads.names.en", "Roads and street lighting",
                "departments.roads.names.fr", "Voirie et éclairage public"));

        HttpResponse<String> refused = maria.post("/menus/departments/roads", form);

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"error-departments_roads_hours_mon-fri\""), refused.body());
        assertTrue(refused.body().contains("25:00-26:00"));
        assertEquals(1, ivr.server.versions().versions().size());

        form.put("slots.0", "08:00-16:00");
        HttpResponse<String> saved = maria.post("/menus/departments/roads", form);
        assertEquals(302, saved.statusCode(), saved.body());
        assertEquals(2, ivr.server.versions().versions().size());
        assertTrue(ivr.server.versions().version(2).yaml().contains("mon-fri: \"08:00-16:00\""));
        assertTrue(ivr.server.versions().version(2).yaml().contains("\"hole in the road\""), "phrases not posted are kept");
    }

    @Test
    @DisplayName("a department's example requests are shown a language a box, and changed ones save a draft")
    void exampleRequestsForm() throws Exception {
        String page = maria.get("/menus/departments/roads").body();
        assertTrue(page.contains("name=\"departments.roads.examples.en\""), page);
        assertTrue(page.contains("There's a massive pothole on Church Lane, my tyre burst on it this morning.\n"), page);
        assertTrue(page.contains("name=\"departments.roads.examples.fr\""), page);

        HttpResponse<String> saved = maria.post("/menus/departments/roads", Map.of(
                "departments.roads.examples.en", "the lamp outside number 12 has been off for a week\n\n"));
        assertEquals(302, saved.statusCode(), saved.body());
        String yaml = ivr.server.versions().version(2).yaml();
        assertTrue(yaml.contains("      en:\n        - \"the lamp outside number 12 has been off for a week\"\n      fr:\n"), yaml);
        assertTrue(yaml.contains("\"hole in the road\""), "the phrases are kept");

        HttpResponse<String> refused = maria.post("/menus/departments/police", Map.of(
                "departments.police.examples.en", "The lamp outside number 12 has been off for a week!"));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"error-departments_police_examples_en\""), refused.body());
        assertTrue(refused.body().contains("also an example of department &#39;roads&#39;")
                || refused.body().contains("also an example of department 'roads'"), refused.body());
        assertEquals(2, ivr.server.versions().versions().size());
    }

    @Test
    @DisplayName("a menu's keys show their targets, and a changed key saves the keys as a draft")
    void menuKeys() throws Exception {
        String page = maria.get("/menus/nodes/main").body();
        assertTrue(page.contains("<option value=\"to-roads\" selected>to-roads</option>"), page);

        Map<String, String> form = new java.util.HashMap<>();
        String[] targets = {"to-civil-status", "to-roads", "to-waste", "planning-hours", "to-schools", "to-social", "to-police"};
        for (int i = 0; i < targets.length; i++) {
            form.put("key." + i, String.valueOf(i + 1));
            form.put("target." + i, targets[i]);
        }
        assertEquals(302, maria.post("/menus/nodes/main", form).statusCode());
        assertEquals(1, ivr.server.versions().versions().size(), "unchanged keys save nothing");

        form.put("target.1", "to-waste");
        form.put("target.2", "to-roads");
        HttpResponse<String> saved = maria.post("/menus/nodes/main", form);
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(ivr.server.versions().version(2).yaml().contains("2: \"to-waste\""));
    }

    @Test
    @DisplayName("the YAML editor lists each problem with its line and stores nothing; a valid text becomes a draft")
    void yamlEditor() throws Exception {
        String yaml = ivr.server.versions().liveVersion().yaml();
        maria.get("/menus/yaml");
        int line = yaml.lines().toList().indexOf("    tag: ROADS") + 1;

        HttpResponse<String> refused = maria.post("/menus/yaml", Map.of("yaml", yaml.replace("tag: ROADS", "tag: road works"),
                "comment", "typo"));

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("data-line=\"" + line + "\""), refused.body());
        assertTrue(refused.body().contains("departments.roads.tag"));
        assertEquals(1, ivr.server.versions().versions().size());

        HttpResponse<String> saved = maria.post("/menus/yaml", Map.of("yaml", yaml.replace("tag: ROADS", "tag: ROADWORKS"),
                "comment", "longer tag"));
        assertEquals(302, saved.statusCode());
        assertEquals("longer tag", ivr.server.versions().version(2).comment());
        assertEquals(1, ivr.server.versions().liveNumber().orElseThrow());
    }
}
