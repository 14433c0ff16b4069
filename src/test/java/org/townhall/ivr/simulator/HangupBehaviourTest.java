package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.townhall.ivr.simulator.SimulatorHarness.DEAD;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HangupBehaviourTest {

    @TempDir
    Path temp;
    SimulatorHarness harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = new SimulatorHarness(temp);
    }

    static Stream<Arguments> mediaCommands() {
        return Stream.of(
                Arguments.of("STREAM FILE prompt \"\"", "200 result=-1 endpos=800"),
                Arguments.of("STREAM FILE \"prompt\" \"0123456789*#\"", "200 result=-1 endpos=800"),
                Arguments.of("CONTROL STREAM FILE prompt \"#\"", "200 result=-1 endpos=100"),
                Arguments.of("GET OPTION prompt \"12\" 3000", "200 result=-1 endpos=800"),
                Arguments.of("WAIT FOR DIGIT 5000", "200 result=-1"),
                Arguments.of("GET DATA prompt 5000 4", "200 result=-1"),
                Arguments.of("RECORD FILE /spool/message wav \"#\" 10000", "200 result=-1 (hangup) endpos=800"),
                Arguments.of("RECORD FILE \"/spool/x\" \"wav\" \"#\" 60000 0 BEEP s=3",
                        "200 result=-1 (randomerror) endpos=0"),
                Arguments.of("SAY NUMBER 42 \"\"", "200 result=-1"),
                Arguments.of("SAY DIGITS 0612 \"#\"", "200 result=-1"),
                Arguments.of("SAY ALPHA abc \"\"", "200 result=-1"),
                Arguments.of("EXEC Wait 5", "200 result=-1"),
                Arguments.of("EXEC \"Dial\" \"PJSIP/1002,30\"", "200 result=-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mediaCommands")
    void callerHangupDuringAMediaCommandGivesTheMinusOneFormThenHangupThen511(String command, String reply)
            throws Exception {
        CallTranscript transcript = harness.call("hangup after 100", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("ANSWER"));
            assertEquals(reply, c.readLineAfter(command));
            c.send("STREAM FILE prompt \"\"");
            assertEquals("HANGUP", c.readLine(), "the spontaneous HANGUP precedes the next reply");
            assertEquals(DEAD, c.readLine());
            assertEquals("200 result=1 (0612345678)", c.command("GET VARIABLE CALLERID(num)"));
            assertEquals("200 result=0", c.command("EXEC Verbose still-here"));
            assertEquals("200 result=1", c.command("SET VARIABLE AFTER yes"));
            assertEquals(DEAD, c.command("CHANNEL STATUS"));
            assertEquals(DEAD, c.command("HANGUP"));
            assertEquals("510 Invalid or unknown command", c.command("FOO BAR"));
            c.close();
        });
        assertTrue(transcript.callerHungUp());
        assertEquals(100, transcript.callerHangupMs().getAsLong());
        assertTrue(transcript.serverClosed());
        assertEquals("yes", transcript.variables().get("AFTER"));
    }

    @Test
    void serversOwnHangupIsAnsweredWithResult1ThenAHangupLineAndDeadChannelRules() throws Exception {
        CallTranscript transcript = harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=1", c.command("HANGUP"));
            assertEquals("HANGUP", c.readLine());
            assertEquals(DEAD, c.command("ANSWER"));
            assertEquals("200 result=1 (townhall)", c.command("GET FULL VARIABLE ${DONE}townhall"));
            c.close();
        });
        assertFalse(transcript.callerHungUp());
        assertTrue(transcript.channelHungUp());
        assertEquals(40, transcript.lines().stream()
                .filter(l -> l.direction() == CallTranscript.Direction.SENT_BY_ASTERISK)
                .filter(l -> l.text().equals("HANGUP")).findFirst().orElseThrow().timeMs());
    }

    @Test
    void hangupLineArrivesBeforeTheReplyToACommandSentAtOnceEvenInRealTime() throws Exception {
        harness.with(o -> o.withTimeScale(1.0));
        harness.call("hangup", c -> {
            c.readEnvironment();
            c.send("STREAM FILE prompt \"\"");
            c.send("WAIT FOR DIGIT 1000");
            assertEquals("200 result=-1 endpos=0", c.readLine());
            assertEquals("HANGUP", c.readLine());
            assertEquals(DEAD, c.readLine());
            c.close();
        });
    }

    @Test
    void aServerThatKeepsTheSocketOpenAfterTheHangupIsReported() throws Exception {
        harness.with(o -> o.withHangupCloseTimeout(Duration.ofMillis(300)));
        CallTranscript transcript = harness.call("hangup after 500", c -> {
            c.readEnvironment();
            assertEquals("200 result=-1", c.command("WAIT FOR DIGIT 3000"));
            assertEquals("HANGUP", c.readLine());
            assertEquals("", c.readRemaining(), "the simulator closes without another word");
        });
        assertEquals(CallTranscript.End.NOT_CLOSED_AFTER_HANGUP, transcript.end());
        assertFalse(transcript.serverClosed());
        assertTrue(transcript.dialogue().contains("did not close the connection within 300 ms after the hang-up"),
                transcript.dialogue());
    }

    @Test
    void closingPromptlyAfterTheHangupIsRecordedWithItsDelay() throws Exception {
        CallTranscript transcript = harness.call("hangup", c -> {
            c.readEnvironment();
            assertEquals("200 result=-1", c.command("GET DATA prompt 3000 4"));
            assertEquals("HANGUP", c.readLine());
            c.close();
        });
        assertTrue(transcript.serverClosed());
        assertTrue(transcript.closeDelayAfterHangup().orElseThrow().compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void aHangupDuringANamedCommandLetsOtherCommandsPass() throws Exception {
        CallTranscript transcript = harness.call("press 1; hangup during record file after 2000", c -> {
            c.readEnvironment();
            assertEquals("200 result=49", c.command("WAIT FOR DIGIT 3000"));
            assertEquals("200 result=0 endpos=16000", c.command("STREAM FILE prompt \"\""));
            assertEquals("200 result=0", c.command("SAY NUMBER 12 \"\""));
            assertEquals("200 result=0", c.command("EXEC Wait 1"));
            assertEquals("200 result=-1 (hangup) endpos=16000", c.command("RECORD FILE /spool/m wav \"#\" 60000"));
            assertEquals("HANGUP", c.readLine());
            c.close();
        });
        assertEquals(300 + 2000 + 600 + 1000 + 2000, transcript.callerHangupMs().getAsLong());
    }

    @Test
    void aHangupDuringExecWaitsForAnApplication() throws Exception {
        harness.call("hangup during exec dial after 1000", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("EXEC Wait 2"));
            assertEquals("200 result=-1", c.command("EXEC Dial PJSIP/1002,30"));
            assertEquals("HANGUP", c.readLine());
            assertEquals("200 result=1 (CANCEL)", c.command("GET VARIABLE DIALSTATUS"));
            c.close();
        });
    }

    @Test
    void aCallerLeftWithoutScriptedInputHangsUpAfterTheIdleLimit() throws Exception {
        harness.with(o -> o.withIdleInputLimit(3));
        CallTranscript transcript = harness.call("", c -> {
            c.readEnvironment();
            for (int i = 0; i < 3; i++) {
                assertEquals("200 result=0", c.command("WAIT FOR DIGIT 2000"));
            }
            assertEquals("200 result=-1", c.command("WAIT FOR DIGIT 2000"));
            assertEquals("HANGUP", c.readLine());
            c.close();
        });
        assertEquals(6000, transcript.callerHangupMs().getAsLong());
    }

    @Test
    void anEndlessWaitWithASilentCallerEndsWithTheCallerGivingUp() throws Exception {
        CallTranscript transcript = harness.call("silence", c -> {
            c.readEnvironment();
            assertEquals("200 result=-1", c.command("WAIT FOR DIGIT -1"));
            assertEquals("HANGUP", c.readLine());
            c.close();
        });
        assertEquals(60_000, transcript.callerHangupMs().getAsLong());
    }
}
