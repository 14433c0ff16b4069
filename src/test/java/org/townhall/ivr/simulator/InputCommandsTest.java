package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STREAM FILE, WAIT FOR DIGIT, GET DATA, SAY and GET OPTION against the scripted caller. */
class InputCommandsTest {

    @TempDir
    Path temp;
    SimulatorHarness harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = new SimulatorHarness(temp);
    }

    @Test
    void getDataTimesOutWithoutDigitsWhenTheCallerIsSilent() throws Exception {
        assertEquals("200 result= (timeout)", harness.replyTo("silence", "GET DATA \"prompt\" 3000 4"));
    }

    @Test
    void getDataTimesOutWithTheDigitsTypedSoFar() throws Exception {
        CallTranscript transcript = harness.call("press 12", c -> {
            c.readEnvironment();
            assertEquals("200 result=12 (timeout)", c.command("GET DATA prompt 3000 4"));
            c.close();
        });
        assertEquals(550 + 3000, transcript.durationMs());
    }

    @Test
    void getDataEndsOnHashOrOnTheMaximumNumberOfDigits() throws Exception {
        harness.call("press 0612345678#; press 123456; press #", c -> {
            c.readEnvironment();
            assertEquals("200 result=0612345678", c.command("GET DATA prompt 5000 15"));
            assertEquals("200 result=1234", c.command("GET DATA prompt 5000 4"));
            assertEquals("200 result=56 (timeout)", c.command("GET DATA \"\" 5000 4"),
                    "keys typed beyond the maximum are buffered for the next input");
            assertEquals("200 result=", c.command("GET DATA prompt 5000 4"), "# alone");
            c.close();
        });
    }

    @Test
    void getDataWithAMissingPromptFailsButTheChannelStaysUp() throws Exception {
        harness.call("press 1", c -> {
            c.readEnvironment();
            assertEquals("200 result=-1", c.command("GET DATA no-such-prompt 3000 4"));
            assertEquals("200 result=4", c.command("CHANNEL STATUS"));
            assertEquals("200 result=49", c.command("WAIT FOR DIGIT 1000"), "the key was not consumed");
            c.close();
        });
    }

    @Test
    void getDataWithoutTimeoutUsesAsterisksSixAndTwoSecondDefaults() throws Exception {
        CallTranscript transcript = harness.call("silence", c -> {
            c.readEnvironment();
            assertEquals("200 result= (timeout)", c.command("GET DATA short"));
            c.close();
        });
        assertEquals(100 + 6000, transcript.durationMs());
    }

    @Test
    void streamFileIsInterruptedByAnEscapeDigitAtTheScriptedTime() throws Exception {
        assertEquals("200 result=49 endpos=6240", harness.replyTo("press 1 after 780", "STREAM FILE prompt \"0123456789#*\""));
    }

    @Test
    void keysTypedAheadStayQueuedForTheNextInputCommand() throws Exception {
        harness.call("press 12", c -> {
            c.readEnvironment();
            assertEquals("200 result=49 endpos=2400", c.command("STREAM FILE prompt \"0123456789\""));
            assertEquals("200 result=50", c.command("WAIT FOR DIGIT 3000"));
            c.close();
        });
    }

    @Test
    void aKeyThatIsNotAnEscapeDigitIsIgnoredAndConsumed() throws Exception {
        harness.call("press 7; press 1", c -> {
            c.readEnvironment();
            assertEquals("200 result=0 endpos=16000", c.command("STREAM FILE prompt \"12\""));
            assertEquals("200 result=49", c.command("WAIT FOR DIGIT 3000"));
            c.close();
        });
    }

    @Test
    void silenceLetsAPromptPlayToTheEndAndIsConsumedByTheNextWait() throws Exception {
        harness.call("silence; press 5", c -> {
            c.readEnvironment();
            assertEquals("200 result=0 endpos=16000", c.command("STREAM FILE prompt \"0123456789\""));
            assertEquals("200 result=0", c.command("WAIT FOR DIGIT 1000"));
            assertEquals("200 result=53", c.command("WAIT FOR DIGIT 1000"));
            c.close();
        });
    }

    @Test
    void promptsWithoutEscapeDigitsDoNotConsumeKeys() throws Exception {
        harness.call("press 3", c -> {
            c.readEnvironment();
            assertEquals("200 result=0 endpos=16000", c.command("STREAM FILE prompt \"\""));
            assertEquals("200 result=0", c.command("SAY NUMBER 42 \"\""));
            assertEquals("200 result=51", c.command("SAY DIGITS 123 \"3\""));
            c.close();
        });
    }

    @Test
    void aKeyPressedAfterThePromptEndedIsHeardByTheNextCommand() throws Exception {
        CallTranscript transcript = harness.call("press 9 after 2500", c -> {
            c.readEnvironment();
            assertEquals("200 result=0 endpos=16000", c.command("STREAM FILE prompt \"9\""));
            assertEquals("200 result=57", c.command("WAIT FOR DIGIT 3000"));
            c.close();
        });
        assertEquals(2500, transcript.durationMs());
    }

    @Test
    void streamFileFromAnOffsetReportsTheAbsolutePosition() throws Exception {
        harness.call("silence", c -> {
            c.readEnvironment();
            assertEquals("200 result=0 endpos=16000", c.command("STREAM FILE prompt \"\" 8000"));
            assertEquals("200 result=0 endpos=16000", c.command("STREAM FILE prompt \"\" 99999"));
            c.close();
        });
    }

    @Test
    void absolutePromptPathsAreLookedUpOnDiskWithTheirExtension() throws Exception {
        Path prompt = TestAudio.tone(temp.resolve("voice-prompts/en/main-menu.wav"), 12_000);
        String name = prompt.toString().replace(".wav", "");
        harness.call("press 2", c -> {
            c.readEnvironment();
            assertEquals("200 result=50 endpos=2400", c.command("STREAM FILE \"" + name + "\" \"0123456789*#\""));
            assertEquals("200 result=-1 endpos=0", c.command("STREAM FILE \"" + prompt + "\" \"\""),
                    "Asterisk adds the extension itself");
            c.close();
        });
    }

    @Test
    void builtInBeepAndSilenceNeedNoSoundPackage() throws Exception {
        harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=0 endpos=2000", c.command("STREAM FILE beep \"\""));
            assertEquals("200 result=0 endpos=24000", c.command("STREAM FILE silence/3 \"\""));
            c.close();
        });
    }

    @Test
    void getOptionWaitsForAnEscapeDigitAfterThePrompt() throws Exception {
        harness.call("press 4 after 2500; press 8 after 100", c -> {
            c.readEnvironment();
            assertEquals("200 result=52 endpos=16000", c.command("GET OPTION prompt \"1234\" 3000"));
            assertEquals("200 result=0 endpos=800", c.command("GET OPTION short \"1234\" 3000"),
                    "8 is heard but is not an escape digit");
            c.close();
        });
    }

    @Test
    void waitForDigitTimesOutWithZero() throws Exception {
        harness.call("silence", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("WAIT FOR DIGIT 1500"));
            assertEquals("200 result=0", c.command("WAIT FOR DIGIT 0"));
            c.close();
        });
    }

    @Test
    void speechAtAnInputPromptIsATimeoutWithoutDigits() throws Exception {
        Path speech = TestAudio.tone(temp.resolve("hello.wav"), 8000);
        harness.call("speak " + speech, c -> {
            c.readEnvironment();
            assertEquals("200 result= (timeout)", c.command("GET DATA prompt 2000 4"));
            c.close();
        });
    }
}
