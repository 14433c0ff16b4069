package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.townhall.ivr.app.RunningServer.events;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.CallStep;
import org.townhall.ivr.store.Outcome;

/** Calls through the real FastAGI port, played by the Asterisk simulator, recorded in a real SQLite file. */
class CallRoutingTest {
    @TempDir
    Path data;
    RunningServer ivr;

    @BeforeEach
    void start() throws Exception {
        PromptFiles.writeAll(Path.of("config/townhall.yaml"), data.resolve("prompts"));
        ivr = new RunningServer(data);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private String prompt(String id) {
        return data.resolve("prompts").toAbsolutePath() + "/en/" + id;
    }

    @ParameterizedTest(name = "key {0} reaches {1} on {2}")
    @CsvSource({"1, civil-status, PJSIP/1001, ETATCIVIL", "2, roads, PJSIP/1002, ROADS", "3, waste, PJSIP/1003, WASTE",
            "4, planning, PJSIP/1004, PLANNING", "5, schools, PJSIP/1005, SCHOOLS", "6, social, PJSIP/1006, SOCIAL",
            "7, police, PJSIP/1007, POLICE", "0, reception, PJSIP/1000, ACCUEIL"})
    @DisplayName("each department is reached by its key, with the qualification attached")
    void eachDepartmentByItsKey(String key, String department, String dial, String tag) throws Exception {
        CallTranscript call = ivr.call("press " + key);

        assertEquals(1, call.dialAttempts().size(), call::dialogue);
        assertEquals(dial, call.dialAttempts().get(0).dialString());
        assertEquals(30, call.dialAttempts().get(0).timeoutSeconds());
        assertEquals(department, call.variable("IVR_DEPARTMENT").orElse(null), call::dialogue);
        assertTrue(call.commands().contains("SET VARIABLE \"CALLERID(name)\" \"[" + tag + "] Jean Dupont\""),
                call::dialogue);
        assertEquals("en", call.variable("IVR_LANGUAGE").orElse(null));
        assertEquals(call.uniqueId(), call.variable("IVR_CALL_ID").orElse(null));
        assertTrue(call.variable("IVR_TOPIC").orElse("").startsWith("main:" + key), call::dialogue);
        assertTrue(call.serverClosed(), call::dialogue);

        CallRecord record = ivr.record(call);
        assertEquals(Outcome.TRANSFERRED, record.outcome());
        assertEquals(department, record.department());
        assertEquals("0612345678", record.callerNumber());
        assertEquals("Jean Dupont", record.callerName());
        assertNotNull(record.endedAt());
        assertTrue(events(record).contains("main key " + key), () -> events(record).toString());
    }

    @Test
    @DisplayName("the caller hears the welcome, then the main menu, from the prompts directory")
    void playsThePromptFiles() throws Exception {
        CallTranscript call = ivr.call("press 2");
        List<String> commands = call.commands();
        assertTrue(commands.contains("STREAM FILE \"" + prompt("welcome") + "\" \"\""), commands::toString);
        assertTrue(commands.contains("STREAM FILE \"" + prompt("main") + "\" \"0123456789*#\""), commands::toString);
    }

    @Test
    @DisplayName("silence reprompts with the no-input prompt, then falls back to reception after three attempts")
    void silenceRepromptsThenFallsBack() throws Exception {
        CallTranscript call = ivr.call("silence; silence; silence");

        assertEquals("PJSIP/1000", call.dialAttempts().get(0).dialString(), call::dialogue);
        assertEquals(2, call.commands().stream().filter(c -> c.contains(prompt("main.no-input"))).count(),
                call::dialogue);
        CallRecord record = ivr.record(call);
        assertEquals(List.of("main no-input", "main no-input", "main no-input", "main fallback to-reception"),
                events(record).subList(0, 4));
        assertEquals("reception", record.department());
    }

    @Test
    @DisplayName("a wrong key is told so and the menu asked again; the right key then routes")
    void wrongKeyReprompts() throws Exception {
        CallTranscript call = ivr.call("press 9; press 2");

        assertTrue(call.commands().stream().anyMatch(c -> c.contains(prompt("main.no-match"))), call::dialogue);
        assertEquals("PJSIP/1002", call.dialAttempts().get(0).dialString());
        assertEquals(List.of("main no-match 9", "main key 2"), events(ivr.record(call)).subList(0, 2));
    }

    @Test
    @DisplayName("star repeats the menu without counting as a failed attempt")
    void starRepeats() throws Exception {
        CallTranscript call = ivr.call("press *; press *; press 3");
        assertEquals(3, call.commands().stream().filter(c -> c.contains("\"" + prompt("main") + "\"")).count());
        assertEquals("PJSIP/1003", call.dialAttempts().get(0).dialString());
    }

    @Test
    @DisplayName("three wrong keys fall back to reception")
    void wrongKeysFallBack() throws Exception {
        CallTranscript call = ivr.call("press 9; press 8; press #");
        assertEquals("PJSIP/1000", call.dialAttempts().get(0).dialString(), call::dialogue);
    }

    @Test
    @DisplayName("a department that answers ends the call as transferred and the IVR hangs up")
    void answeredTransferEndsTheCall() throws Exception {
        CallTranscript call = ivr.call("press 2; dial answer talk 5000");
        assertEquals("ANSWER", call.dialAttempts().get(0).status());
        assertTrue(call.commands().get(call.commands().size() - 1).startsWith("HANGUP")
                || call.commands().stream().anyMatch(c -> c.equals("HANGUP")), call::dialogue);
        assertEquals(Outcome.TRANSFERRED, ivr.record(call).outcome());
    }

    @Test
    @DisplayName("a language whose prompts have no audio is disabled: the caller is served in the default language")
    void languageWithoutAudioFallsBackToDefault() throws Exception {
        try (var files = java.nio.file.Files.walk(data.resolve("prompts/fr"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        CallTranscript call = ivr.call(ivr.call().withScript("townhall?lang=fr"), "press 2");
        assertTrue(call.commands().contains("STREAM FILE \"" + prompt("main") + "\" \"0123456789*#\""), call::dialogue);
        assertEquals("en", ivr.record(call).language());
    }

    @Test
    @DisplayName("the caller's language comes from the dialplan (?lang=fr) and sets the channel language")
    void frenchCall() throws Exception {
        CallTranscript call = ivr.call(ivr.call().withScript("townhall?lang=fr"), "press 2");
        assertTrue(call.commands().contains("STREAM FILE \"" + data.resolve("prompts").toAbsolutePath()
                + "/fr/main\" \"0123456789*#\""), call::dialogue);
        assertEquals("fr", call.variable("IVR_LANGUAGE").orElse(null));
        assertEquals("fr", ivr.record(call).language());
    }
}
