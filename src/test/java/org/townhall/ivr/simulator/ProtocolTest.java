package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AGI protocol around the media: environment, replies, errors, variables, the end of the conversation. */
class ProtocolTest {

    @TempDir
    Path temp;
    SimulatorHarness harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = new SimulatorHarness(temp);
    }

    @Test
    void theEnvironmentBlockFollowsAsterisksOrderAndEndsWithAnEmptyLine() throws Exception {
        harness.call(port -> CallSetup.to("127.0.0.1", port, "townhall?lang=fr").withArgs("first arg", "second")
                        .withUniqueId("1795867463.7").withThreadId("139730860209856")
                        .withChannel("PJSIP/citizen-00000001"),
                CallerScript.empty(), c -> {
                    List<String> env = c.readEnvironment();
                    assertEquals(List.of(
                            "agi_network: yes",
                            "agi_network_script: townhall?lang=fr",
                            "agi_request: agi://127.0.0.1:" + c.localPort() + "/townhall?lang=fr",
                            "agi_channel: PJSIP/citizen-00000001",
                            "agi_language: en",
                            "agi_type: PJSIP",
                            "agi_uniqueid: 1795867463.7",
                            "agi_version: 22.10.1",
                            "agi_callerid: 0612345678",
                            "agi_calleridname: Test Citizen",
                            "agi_callingpres: 0",
                            "agi_callingani2: 0",
                            "agi_callington: 0",
                            "agi_callingtns: 0",
                            "agi_dnid: unknown",
                            "agi_rdnis: unknown",
                            "agi_context: ivr-entry",
                            "agi_extension: s",
                            "agi_priority: 1",
                            "agi_enhanced: 0.0",
                            "agi_accountcode: ",
                            "agi_threadid: 139730860209856",
                            "agi_arg_1: first arg",
                            "agi_arg_2: second",
                            ""), env);
                    c.close();
                });
    }

    @Test
    void aWithheldCallerIsUnknownInTheEnvironmentAndEmptyInCalleridNum() throws Exception {
        CallTranscript transcript = harness.call(
                port -> CallSetup.to("127.0.0.1", port, "townhall").withWithheldCallerId(),
                CallerScript.empty(), c -> {
                    List<String> env = c.readEnvironment();
                    assertTrue(env.contains("agi_callerid: unknown"), env.toString());
                    assertTrue(env.contains("agi_calleridname: unknown"), env.toString());
                    assertTrue(env.contains("agi_callingpres: 32"), env.toString());
                    assertTrue(env.get(3).startsWith("agi_channel: PJSIP/anonymous-"), env.toString());
                    assertEquals("200 result=1 ()", c.command("GET VARIABLE CALLERID(num)"));
                    c.close();
                });
        assertTrue(transcript.dialogue().startsWith("call "), transcript.dialogue());
        assertTrue(transcript.dialogue().contains("from a withheld number"), transcript.dialogue());
    }

    @Test
    void anUnknownCommandGets510AndAMissingFileKeepsTheChannelUp() throws Exception {
        harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("ANSWER"));
            assertEquals("510 Invalid or unknown command", c.command("FOO BAR"));
            assertEquals("510 Invalid or unknown command", c.command(""));
            assertEquals("510 Invalid or unknown command", c.command("STREAM"));
            assertEquals("510 Invalid or unknown command", c.command("ANSWER\r"), "Asterisk keeps the \\r");
            assertEquals("200 result=-1 endpos=0", c.command("STREAM FILE no-such-prompt \"#\""));
            assertEquals("200 result=6", c.command("CHANNEL STATUS"));
            c.close();
        });
    }

    @Test
    void badSyntaxGetsTheMultiLine520UsageReply() throws Exception {
        harness.call("", c -> {
            c.readEnvironment();
            c.send("GET DATA");
            assertEquals(List.of("520-Invalid command syntax.  Proper usage follows:",
                    "Stream the given <replaceable>file</replaceable>, and receive DTMF data.",
                    "Returns the digits received from the channel at the other end.",
                    "520 End of proper usage."), List.of(c.readLine(), c.readLine(), c.readLine(), c.readLine()));
            assertEquals("520-Invalid command syntax.  Proper usage follows:", c.command("WAIT FOR DIGIT"));
            String line;
            do {
                line = c.readLine();
            } while (!line.startsWith("520 "));
            assertEquals("520 End of proper usage.", line);
            assertEquals("200 result=0", c.command("NOOP"));
            c.close();
        });
    }

    @Test
    void commandsAreCaseInsensitiveAndQuotedArgumentsAreUnquoted() throws Exception {
        CallTranscript transcript = harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("answer"));
            assertEquals("200 result=1", c.command("SET VARIABLE \"IVR_TOPIC\" \"roads\""));
            assertEquals("200 result=1 (roads)", c.command("Get Variable IVR_TOPIC"));
            assertEquals("200 result=1", c.command("set variable GREETING \"bonjour a tous\""));
            assertEquals("200 result=1 (bonjour a tous)", c.command("GET VARIABLE GREETING"));
            assertEquals("200 result=1", c.command("SET VARIABLE QUOTE a\\\"b\\ c"));
            assertEquals("200 result=1 (a\"b c)", c.command("GET VARIABLE QUOTE"));
            c.close();
        });
        assertEquals("roads", transcript.variables().get("IVR_TOPIC"));
    }

    @Test
    void variablesFunctionsAndInheritancePrefixes() throws Exception {
        CallTranscript transcript = harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=1", c.command("SET VARIABLE __IVR_LANG fr"));
            assertEquals("200 result=1 (fr)", c.command("GET VARIABLE IVR_LANG"));
            assertEquals("200 result=0", c.command("GET VARIABLE NO_SUCH_VAR"));
            assertEquals("200 result=1", c.command("SET VARIABLE CALLERID(name) \"Jean Dupont\""));
            assertEquals("200 result=1 (Jean Dupont)", c.command("GET VARIABLE CALLERID(name)"));
            assertEquals("200 result=1 (0612345678)", c.command("GET VARIABLE CALLERID(num)"));
            assertEquals("200 result=1", c.command("SET VARIABLE CHANNEL(language) fr"));
            assertEquals("200 result=1 (fr)", c.command("GET FULL VARIABLE ${CHANNEL(language)}"));
            assertEquals("200 result=1 (fr/0612345678/)", c.command(
                    "GET FULL VARIABLE ${IVR_LANG}/${CALLERID(num)}/${UNSET}"));
            assertEquals("200 result=0", c.command("GET VARIABLE NOSUCHFUNC(x)"));
            assertEquals("200 result=1 (061)", c.command("GET FULL VARIABLE ${CALLERID(num):0:3}"));
            c.close();
        });
        assertEquals("fr", transcript.variables().get("IVR_LANG"));
    }

    @Test
    void databaseIsSharedByTheCallsOfOneSimulator() throws Exception {
        harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=1", c.command("DATABASE PUT townhall lastcaller 0612345678"));
            assertEquals("200 result=1 (0612345678)", c.command("DATABASE GET townhall lastcaller"));
            assertEquals("200 result=0", c.command("DATABASE GET townhall nokey"));
            assertEquals("200 result=1", c.command("DATABASE DEL townhall lastcaller"));
            assertEquals("200 result=0", c.command("DATABASE DEL townhall lastcaller"));
            c.close();
        });
    }

    @Test
    void applicationsKnownAndUnknown() throws Exception {
        harness.call("", c -> {
            c.readEnvironment();
            assertEquals("200 result=-2", c.command("EXEC NoSuchApplication foo"));
            assertEquals("200 result=0", c.command("EXEC Verbose hello"));
            assertEquals("200 result=0", c.command("EXEC NoOp"));
            assertEquals("200 result=0", c.command("EXEC Wait 1"));
            assertEquals("200 result=-1", c.command("EXEC Gosub nosuchcontext,s,1"));
            assertEquals("200 result=0", c.command("EXEC Set CHOICE=2"));
            assertEquals("200 result=1 (2)", c.command("GET VARIABLE CHOICE"));
            assertEquals("200 result=0", c.command("EXEC Playback prompt&no-such-file"));
            assertEquals("200 result=1 (FAILED)", c.command("GET VARIABLE PLAYBACKSTATUS"));
            assertEquals("200 result=-1 Gosub label not found", c.command("GOSUB nosuchcontext s 1"));
            assertEquals("200 result=0", c.command("SET MUSIC ON default"));
            assertEquals("200 result=1", c.command("VERBOSE \"AGI says hi\" 1"));
            c.close();
        });
    }

    @Test
    void theServerClosingMidCallEndsTheCallNormally() throws Exception {
        CallTranscript transcript = harness.call("press 1", c -> {
            c.readEnvironment();
            assertEquals("200 result=0", c.command("ANSWER"));
            c.close();
        });
        assertEquals(CallTranscript.End.SERVER_CLOSED, transcript.end());
        assertFalse(transcript.channelHungUp());
        assertEquals(List.of("ANSWER"), transcript.commands());
    }

    @Test
    void aSilentServerIsGivenUpOnAfterTheReadTimeout() throws Exception {
        harness.with(o -> o.withReadTimeout(Duration.ofMillis(200)));
        CallTranscript transcript = harness.call("", c -> {
            c.readEnvironment();
            assertEquals("", c.readRemaining());
        });
        assertEquals(CallTranscript.End.SERVER_SILENT, transcript.end());
    }

    @Test
    void anUnreachableServerIsAnIOException() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        AsteriskSimulator simulator = new AsteriskSimulator(SimulatorOptions.instant());
        int closedPort = port;
        org.junit.jupiter.api.Assertions.assertThrows(ConnectException.class,
                () -> simulator.call(CallSetup.to("127.0.0.1", closedPort, "townhall"), CallerScript.empty()));
    }

    @Test
    void theDialogueAndRawTraceAreReadable() throws Exception {
        CallTranscript transcript = harness.call(
                port -> CallSetup.to("127.0.0.1", port, "townhall").withUniqueId("1795867463.7")
                        .withCallerId("0612345678", "Jean Dupont"),
                CallerScript.parse("press 2; dial busy"), c -> {
                    c.readEnvironment();
                    c.command("ANSWER");
                    c.command("STREAM FILE prompt \"0123456789*#\"");
                    c.command("SET VARIABLE IVR_DEPARTMENT roads");
                    c.command("EXEC Dial PJSIP/1002,30");
                    c.close();
                });
        String expected = "call 1795867463.7 from 0612345678 \"Jean Dupont\" to agi://127.0.0.1:"
                + transcript.requestUrl().replaceAll(".*:(\\d+)/.*", "$1") + "/townhall\n"
                + "[ 0.00] IVR      answers\n"
                + "[ 0.00] IVR      plays prompt (keys 0123456789*#)\n"
                + "[ 0.30] caller   presses 2\n"
                + "[ 0.30] IVR      sets IVR_DEPARTMENT = roads\n"
                + "[ 0.30] IVR      dials PJSIP/1002 (ring 30 s)\n"
                + "[ 1.30] callee   PJSIP/1002 is busy\n"
                + "[ 1.30] IVR      closes the connection while the call is still up\n";
        assertEquals(expected, transcript.dialogue().replace(System.lineSeparator(), "\n"));
        String raw = transcript.rawTrace();
        assertTrue(raw.contains("\n  0.000 << agi_network: yes\n"), raw);
        assertTrue(raw.contains("\n  0.300 << 200 result=50 endpos=2400\n"), raw);
        assertTrue(raw.contains("\n  0.000 << \n"), "the empty line ending the environment: " + raw);
    }

    @Test
    void replyNumbersDoNotDependOnTheTimeScale() throws Exception {
        harness.with(o -> o.withTimeScale(0.05));
        long before = System.nanoTime();
        CallTranscript transcript = harness.call("press 1 after 780", c -> {
            c.readEnvironment();
            assertEquals("200 result=49 endpos=6240", c.command("STREAM FILE prompt \"1\""));
            assertEquals("200 result=0", c.command("EXEC Wait 1"));
            c.close();
        });
        long wallMs = (System.nanoTime() - before) / 1_000_000;
        assertTrue(wallMs >= 85, "1.78 s simulated at scale 0.05 takes about 89 ms, took " + wallMs);
        assertTrue(transcript.durationMs() >= 1780);
    }
}
