package org.townhall.ivr.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad configuration files are rejected with the file, the line, the node and the reason. */
class ConfigValidationTest {
    private static final Path DEMO = Path.of("config/townhall.yaml");

    private static String demo() throws IOException {
        return Files.readString(DEMO);
    }

    private static List<ConfigProblem> problems(String yaml) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> ConfigLoader.parse(yaml, "test.yaml"));
        return e.problems();
    }

    private static ConfigProblem onlyProblem(String yaml) {
        List<ConfigProblem> problems = problems(yaml);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    private static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + text);
    }

    @Test
    @DisplayName("the shipped demo town hall is valid and has the eight departments of the brief")
    void demoIsValid() throws Exception {
        TownHall townHall = ConfigLoader.load(DEMO);
        assertEquals(List.of("reception", "civil-status", "roads", "waste", "planning", "schools", "social", "police"),
                List.copyOf(townHall.departments().keySet()));
        assertEquals("PJSIP/1002", townHall.department("roads").dial());
        assertEquals(List.of("en", "fr"), townHall.languages());
    }

    @Test
    @DisplayName("opening hours follow the brief: planning Tuesday and Thursday mornings, civil status on Saturday")
    void openingHoursOfTheDemo() throws Exception {
        TownHall townHall = ConfigLoader.load(DEMO);
        OpeningHours planning = townHall.department("planning").hours();
        assertTrue(planning.isOpen(Instant.parse("2026-12-01T09:30:00Z")), "Tuesday 10:30 Paris");
        assertTrue(!planning.isOpen(Instant.parse("2026-12-02T09:30:00Z")), "Wednesday");
        assertTrue(!planning.isOpen(Instant.parse("2026-12-01T11:30:00Z")), "Tuesday 12:30 Paris");
        OpeningHours civil = townHall.department("civil-status").hours();
        assertTrue(civil.isOpen(Instant.parse("2026-12-05T09:00:00Z")), "Saturday 10:00 Paris");
        assertTrue(!townHall.department("roads").hours().isOpen(Instant.parse("2026-12-05T09:00:00Z")), "roads on Saturday");
        assertTrue(!townHall.department("roads").hours().isOpen(Instant.parse("2026-12-25T09:00:00Z")), "Christmas");
        assertTrue(townHall.department("roads").hours().isOpen(Instant.parse("2026-12-24T07:30:00Z")), "08:30 Paris opens");
        assertTrue(!townHall.department("roads").hours().isOpen(Instant.parse("2026-12-24T16:30:00Z")), "17:30 Paris closed");
    }

    @Test
    @DisplayName("an unknown node reference names the file, the line of the reference, the node and a suggestion")
    void unknownNodeReference() throws Exception {
        String yaml = demo().replace("3: to-waste", "3: to-wastes");
        ConfigProblem problem = onlyProblem(yaml);
        assertEquals("test.yaml", problem.location().file());
        assertEquals(lineOf(yaml, "3: to-wastes"), problem.location().line());
        assertEquals("main", problem.nodeId());
        assertTrue(problem.message().contains("unknown node reference 'to-wastes'"), problem.message());
        assertTrue(problem.message().contains("did you mean 'to-waste'"), problem.message());
    }

    @Test
    @DisplayName("a node nothing leads to is reported as unreachable")
    void unreachableNode() throws Exception {
        String yaml = demo() + "    orphan:\n      type: goto\n      target: main\n";
        ConfigProblem problem = onlyProblem(yaml);
        assertEquals("orphan", problem.nodeId());
        assertEquals(lineOf(yaml, "orphan:"), problem.location().line());
        assertTrue(problem.message().startsWith("unreachable node"), problem.message());
    }

    @Test
    @DisplayName("a menu without fallback is rejected")
    void menuWithoutFallback() throws Exception {
        String yaml = demo().replace("      fallback: to-reception\n", "");
        ConfigProblem problem = onlyProblem(yaml);
        assertEquals("main", problem.nodeId());
        assertTrue(problem.message().startsWith("menu without fallback"), problem.message());
    }

    @Test
    @DisplayName("a key written twice is rejected with both lines")
    void duplicateKey() throws Exception {
        String yaml = demo().replace("        2: to-roads\n", "        2: to-roads\n        2: to-police\n");
        ConfigProblem problem = onlyProblem(yaml);
        assertEquals(lineOf(yaml, "2: to-police"), problem.location().line());
        assertTrue(problem.message().contains("duplicate key '2'"), problem.message());
        assertTrue(problem.message().contains("line " + lineOf(yaml, "2: to-roads")), problem.message());
    }

    @Test
    @DisplayName("the demo's departments carry example requests, as callers said them, in both languages")
    void demoExampleRequests() throws Exception {
        TownHall townHall = ConfigLoader.load(DEMO);
        for (Department d : townHall.departments().values()) {
            assertTrue(d.examples("en").size() >= 30, d.id() + " en: " + d.examples("en").size());
            assertTrue(d.examples("fr").size() >= 30, d.id() + " fr: " + d.examples("fr").size());
        }
        assertTrue(townHall.department("roads").examples("en")
                .contains("There's a massive pothole on Church Lane, my tyre burst on it this morning."));
        assertEquals(List.of(), townHall.department("roads").examples("de"));
    }

    @Test
    @DisplayName("the same example request under two departments is rejected on its line, naming the other one")
    void exampleUnderTwoDepartments() throws Exception {
        String police = "        - \"Somebody keyed my car overnight, all down the side.\"\n";
        String yaml = demo().replace(police, police
                + "        - \"there's a massive  pothole on Church Lane, my tyre burst on it this morning.\"\n");
        ConfigProblem problem = onlyProblem(yaml);
        assertEquals(lineOf(yaml, "there's a massive  pothole"), problem.location().line());
        assertEquals("police", problem.nodeId());
        assertTrue(problem.message().contains("is also an example of department 'roads'"), problem.message());
    }

    @Test
    @DisplayName("an example longer than one request (over 300 characters) is rejected on its line")
    void exampleTooLong() throws Exception {
        String police = "        - \"Somebody keyed my car overnight, all down the side.\"\n";
        String letter = "Dear Sir or Madam, " + "my neighbour keeps parking across my drive. ".repeat(8);
        String yaml = demo().replace(police, police + "        - \"" + letter + "\"\n");
        ConfigProblem problem = onlyProblem(yaml);
        assertEquals(lineOf(yaml, "Dear Sir or Madam"), problem.location().line());
        assertTrue(problem.message().contains("at most 300 characters"), problem.message());
    }

    @Test
    @DisplayName("a node naming a department that does not exist is rejected")
    void undefinedDepartment() throws Exception {
        String yaml = demo().replace("department: police", "department: polise");
        ConfigProblem problem = onlyProblem(yaml);
        assertEquals("to-police", problem.nodeId());
        assertTrue(problem.message().contains("undefined department 'polise'"), problem.message());
        assertTrue(problem.message().contains("did you mean 'police'"), problem.message());
    }

    @Test
    @DisplayName("opening hours that cannot exist are rejected: bad time, closing before opening, overlap, bad day")
    void invalidHours() throws Exception {
        String yaml = demo();
        assertTrue(onlyProblem(yaml.replace("sat: \"09:00-12:00\"", "sat: \"09:00-25:00\"")).message()
                .startsWith("invalid hours"));
        assertTrue(onlyProblem(yaml.replace("sat: \"09:00-12:00\"", "sat: \"12:00-09:00\"")).message()
                .contains("is not before closing time"));
        assertTrue(onlyProblem(yaml.replace("sat: \"09:00-12:00\"", "sat: [\"09:00-12:00\", \"11:00-13:00\"]"))
                .message().contains("overlaps"));
        ConfigProblem badDay = onlyProblem(yaml.replace("sat: \"09:00-12:00\"", "saturday: \"09:00-12:00\""));
        assertEquals("civil-status", badDay.nodeId());
        assertTrue(badDay.message().contains("'saturday' is not a day"), badDay.message());
    }

    @Test
    @DisplayName("prompt text with a control character is rejected")
    void controlCharacterInPrompt() throws Exception {
        String yaml = demo().replace("en: \"Welcome to the town hall.\"", "en: \"Welcome\\tto the town hall.\"");
        ConfigProblem problem = onlyProblem(yaml);
        assertEquals("welcome", problem.nodeId());
        assertEquals(lineOf(yaml, "Welcome\\tto"), problem.location().line());
        assertTrue(problem.message().contains("control character (U+0009"), problem.message());
    }

    @Test
    @DisplayName("keys 0 and star are reserved for reception and repeat in every menu")
    void reservedKeys() throws Exception {
        ConfigProblem problem = onlyProblem(demo().replace("7: to-police", "0: to-police"));
        assertTrue(problem.message().contains("key '0' is reserved"), problem.message());
    }

    @Test
    @DisplayName("a loop of nodes that never waits for the caller is rejected")
    void loopWithoutMenu() throws Exception {
        String yaml = demo().replace("next: planning-callback", "next: planning-hours");
        List<ConfigProblem> problems = problems(yaml);
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("loop without any menu")), problems::toString);
    }

    @Test
    @DisplayName("a dial string that could smuggle Dial options is rejected")
    void dialStringWithComma() throws Exception {
        ConfigProblem problem = onlyProblem(demo().replace("dial: PJSIP/1003", "dial: \"PJSIP/1003,60,G(evil)\""));
        assertEquals("waste", problem.nodeId());
        assertTrue(problem.message().contains("without spaces, commas or parentheses"), problem.message());
    }

    @Test
    @DisplayName("a prompt missing a language and an unknown key are both reported, each on its line")
    void everyProblemAtOnce() throws Exception {
        String yaml = demo().replace("        fr: \"Bienvenue à la mairie.\"\n", "")
                .replace("      timeout: 5s", "      timout: 5s");
        List<ConfigProblem> problems = problems(yaml);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("has no 'fr' text")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown key 'timout' (did you mean 'timeout'?)")
                && p.location().line() == lineOf(yaml, "timout")), problems::toString);
    }

    @Test
    @DisplayName("broken YAML syntax is reported with its line")
    void brokenYaml() {
        ConfigProblem problem = onlyProblem("townhall:\n  name: [unclosed\n");
        assertTrue(problem.message().startsWith("not valid YAML"), problem.message());
        assertTrue(problem.location().line() >= 2, problem.toString());
    }
}
