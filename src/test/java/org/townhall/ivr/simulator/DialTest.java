package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.townhall.ivr.simulator.SimulatorHarness.DEAD;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialTest {

    @TempDir
    Path temp;
    SimulatorHarness harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = new SimulatorHarness(temp);
    }

    @Test
    void aBusyDepartmentLeavesTheChannelUpWithDialstatusBusy() throws Exception {
        CallTranscript transcript = harness.call("dial busy", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("ANSWER"));
            assertEquals("200 result=0", c.command("EXEC \"Dial\" \"PJSIP/1002,30\""));
            assertEquals("200 result=1 (BUSY)", c.command("GET VARIABLE DIALSTATUS"));
            assertEquals("200 result=6", c.command("CHANNEL STATUS"));
            c.close();
        });
        CallTranscript.DialAttempt attempt = transcript.dialAttempts().get(0);
        assertEquals("PJSIP/1002", attempt.dialString());
        assertEquals(30, attempt.timeoutSeconds());
        assertEquals("", attempt.options());
        assertEquals("BUSY", attempt.status());
        assertEquals(1000, attempt.ringMs());
        assertFalse(transcript.channelHungUp());
    }

    @Test
    void noAnswerRingsUntilTheDialTimeout() throws Exception {
        CallTranscript transcript = harness.call("dial noanswer; dial congestion; dial chanunavail", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("EXEC Dial PJSIP/1003,20,tT"));
            assertEquals("200 result=1 (NOANSWER)", c.command("GET VARIABLE DIALSTATUS"));
            assertEquals("200 result=0", c.command("EXEC Dial PJSIP/1003,20"));
            assertEquals("200 result=1 (CONGESTION)", c.command("GET VARIABLE DIALSTATUS"));
            assertEquals("200 result=0", c.command("EXEC Dial PJSIP/1003"));
            assertEquals("200 result=1 (CHANUNAVAIL)", c.command("GET VARIABLE DIALSTATUS"));
            c.close();
        });
        assertEquals(20_000, transcript.dialAttempts().get(0).ringMs());
        assertEquals("tT", transcript.dialAttempts().get(0).options());
        assertEquals(null, transcript.dialAttempts().get(2).timeoutSeconds());
    }

    @Test
    void anAnsweredCallEndsTheChannelWhenTheConversationIsOver() throws Exception {
        CallTranscript transcript = harness.call("dial answer after 4000 talk 60000", c -> {
            c.readEnvironment();
            assertEquals("200 result=-1", c.command("EXEC Dial PJSIP/1002,30"));
            assertEquals("HANGUP", c.readLine());
            assertEquals("200 result=1 (ANSWER)", c.command("GET VARIABLE DIALSTATUS"));
            assertEquals("200 result=1 (60)", c.command("GET VARIABLE ANSWEREDTIME"));
            assertEquals(DEAD, c.command("STREAM FILE prompt \"\""));
            c.close();
        });
        assertEquals(64_000, transcript.channelHangupMs().getAsLong());
        assertFalse(transcript.callerHungUp());
        assertTrue(transcript.dialogue().contains("PJSIP/1002 answers"), transcript.dialogue());
    }

    @Test
    void withTheGOptionTheChannelGoesOnAfterTheCallee() throws Exception {
        harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("EXEC Dial PJSIP/1002,30,gU(sub,arg)"));
            assertEquals("200 result=1 (ANSWER)", c.command("GET VARIABLE DIALSTATUS"));
            assertEquals("200 result=6", c.command("CHANNEL STATUS"));
            c.close();
        });
    }

    @Test
    void anAnswerTooSlowForTheTimeoutIsNoAnswer() throws Exception {
        harness.call("dial answer after 40000", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("EXEC Dial PJSIP/1002,30"));
            assertEquals("200 result=1 (NOANSWER)", c.command("GET VARIABLE DIALSTATUS"));
            c.close();
        });
    }

    @Test
    void aDialActionWaitsForTheDialEvenIfOtherInputCommandsComeFirst() throws Exception {
        harness.call("dial busy; press 1", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("WAIT FOR DIGIT 1000"));
            assertEquals("200 result=0", c.command("EXEC Dial PJSIP/1002,30"));
            assertEquals("200 result=1 (BUSY)", c.command("GET VARIABLE DIALSTATUS"));
            assertEquals("200 result=49", c.command("WAIT FOR DIGIT 1000"));
            c.close();
        });
    }
}
