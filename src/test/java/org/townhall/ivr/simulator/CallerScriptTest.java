package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerScriptTest {

    @Test
    void parsesTheExampleScript() {
        CallerScript script = CallerScript.parse("press 2; silence; press 0612345678#; hangup; dial busy");
        assertEquals(List.of(
                new CallerAction.Press("2", Duration.ofMillis(300)),
                new CallerAction.Silence(),
                new CallerAction.Press("0612345678#", Duration.ofMillis(300)),
                new CallerAction.Hangup(Duration.ZERO),
                new CallerAction.Dial(CallerAction.DialOutcome.BUSY, null, null)), script.actions());
    }

    @Test
    void newLinesSeparateActionsAndOptionsTakeMillisecondsOrSuffixes() {
        CallerScript script = CallerScript.parse("""
                PRESS 1 after 780
                press * AFTER 1.5s
                speak "/tmp/my message.wav" until 4526
                hangup after 1381.5
                dial answer after 4000 talk 60s
                """);
        assertEquals(List.of(
                new CallerAction.Press("1", Duration.ofMillis(780)),
                new CallerAction.Press("*", Duration.ofMillis(1500)),
                new CallerAction.Speak(Path.of("/tmp/my message.wav"), Duration.ofMillis(4526)),
                new CallerAction.Hangup(Duration.ofNanos(1_381_500_000)),
                new CallerAction.Dial(CallerAction.DialOutcome.ANSWER, Duration.ofSeconds(4),
                        Duration.ofSeconds(60))), script.actions());
    }

    @Test
    void theTextFormRoundTrips() {
        CallerScript script = CallerScript.builder().press("2").silence().speak(Path.of("/tmp/a b.wav"))
                .hangup(Duration.ofNanos(1_381_500_000)).dial(CallerAction.DialOutcome.NOANSWER)
                .dialAnswer(Duration.ofSeconds(5)).build();
        assertEquals("press 2 after 300; silence; speak \"/tmp/a b.wav\"; hangup after 1381.5; dial noanswer;"
                + " dial answer talk 5000", script.toString());
        assertEquals(script, CallerScript.parse(script.toString()));
    }

    @Test
    void aHangupCanWaitForACommandOfAGivenName() {
        assertEquals(List.of(new CallerAction.Hangup(Duration.ofSeconds(2), "record file"),
                        new CallerAction.Hangup(Duration.ZERO, "exec dial")),
                CallerScript.parse("hangup during Record  File after 2000; hangup during exec dial").actions());
        assertEquals("hangup during record file after 2000; hangup during say",
                CallerScript.builder().hangupDuring("record file", Duration.ofSeconds(2))
                        .hangupDuring("say", Duration.ZERO).build().toString());
        assertThrows(IllegalArgumentException.class, () -> CallerScript.parse("hangup during"));
        assertThrows(IllegalArgumentException.class, () -> CallerScript.parse("hangup during after 5"));
    }

    @Test
    void errorsNameTheAction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CallerScript.parse("press 2; pres 3"));
        assertTrue(e.getMessage().startsWith("caller script, action 2 ('pres 3'): unknown action 'pres'"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CallerScript.parse("press 2x"));
        assertThrows(IllegalArgumentException.class, () -> CallerScript.parse("press 2 after"));
        assertThrows(IllegalArgumentException.class, () -> CallerScript.parse("press 2 after -5"));
        assertThrows(IllegalArgumentException.class, () -> CallerScript.parse("dial maybe"));
        assertThrows(IllegalArgumentException.class, () -> CallerScript.parse("dial busy talk 3"));
        assertThrows(IllegalArgumentException.class, () -> CallerScript.parse("silence please"));
    }

    @Test
    void emptyScripts() {
        assertTrue(CallerScript.parse("").isEmpty());
        assertTrue(CallerScript.parse(" ; \n ;").isEmpty());
        assertEquals(CallerScript.empty(), CallerScript.of());
    }
}
