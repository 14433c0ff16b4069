package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every AGI trace recorded from a real Asterisk 22.10.1: a plain-socket FastAGI peer plays the server's
 * side of the trace and checks the simulator answers byte for byte, environment block and spontaneous HANGUP
 * lines included.
 */
class TraceReplayTest {

    static final Path TRACES = Path.of("../shared/asterisk/traces");
    static final Path REC_TEST = TRACES.resolve("rec-test.wav").toAbsolutePath().normalize();

    /** The caller each trace needs; {@code {18506}} and {@code {160}} are generated WAVs of that many samples. */
    private static final Map<String, String> CALLERS = Map.of(
            "townhall.txt", "press 1 after 780; press 2; press 34#; speak " + REC_TEST + " until 4526",
            "townhall-cli.txt", "press 1 after 780; press 2; press 34#; speak " + REC_TEST + " until 4526",
            "townhall-run1-record-timeout.txt", "press 1 after 780; press 2; press 34#; speak {18506} until 6000",
            "record-dtmf.txt", "press # after 3198.25; press 9",
            "misc.txt", "",
            "hangup-stream.txt", "hangup after 1480",
            "hangup-wait.txt", "hangup after 1481",
            "hangup-record.txt", "hangup after 1381.5",
            "silence-probe.txt", "speak {160}");

    @TempDir
    static Path temp;

    static Path sounds;

    @BeforeAll
    static void sounds() throws IOException {
        sounds = temp.resolve("sounds");
        TestAudio.tone(sounds.resolve("hello-world.wav"), 8710);
        TestAudio.tone(sounds.resolve("demo-congrats.wav"), 40_000);
        TestAudio.tone(temp.resolve("speech-18506.wav"), 18506);
        TestAudio.tone(temp.resolve("speech-160.wav"), 160);
    }

    static Stream<String> agiTraces() throws IOException {
        try (Stream<Path> files = Files.list(TRACES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.startsWith("audiosocket") && !n.startsWith("ami")
                            && !n.startsWith("hangup-audiosocket"))
                    .sorted().toList().stream();
        }
    }

    @Test
    @DisplayName("every AGI trace of shared/asterisk/traces has a scripted caller and is replayed")
    void everyAgiTraceIsCovered() throws IOException {
        assertEquals(new TreeSet<>(CALLERS.keySet()), agiTraces().collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agiTraces")
    @DisplayName("the simulator answers a recorded trace byte for byte")
    void replaysTraceByteForByte(String name) throws Exception {
        AsteriskTrace trace = AsteriskTrace.load(TRACES.resolve(name));
        Path recordings = Files.createTempDirectory(temp, "recordings");
        CallTranscript transcript = replay(trace, caller(name), recordings);

        assertTrue(transcript.serverClosed(), "the simulator saw the peer close the socket");
        assertEquals(CallTranscript.End.SERVER_CLOSED, transcript.end());
        assertEquals(trace.commands(), transcript.commands());
    }

    @Test
    @DisplayName("RECORD FILE in townhall.txt writes the very file Asterisk wrote (rec-test.wav)")
    void townhallRecordingIsTheRecordedFile() throws Exception {
        Path recordings = Files.createTempDirectory(temp, "recordings");
        CallTranscript transcript = replay(AsteriskTrace.load(TRACES.resolve("townhall.txt")),
                caller("townhall.txt"), recordings);

        Path written = recordings.resolve("tmp/rec-test.wav");
        assertArrayEquals(Files.readAllBytes(REC_TEST), Files.readAllBytes(written));
        assertEquals(List.of(new CallTranscript.Recording(transcript.recordings().get(0).timeMs(), written, "wav",
                25546, "silence")), transcript.recordings());
        assertEquals("roads", transcript.variables().get("IVR_TOPIC"));
        assertTrue(transcript.channelHungUp());
        assertTrue(!transcript.callerHungUp(), "the IVR hung up, not the caller");
    }

    @Test
    @DisplayName("hang-up traces report the caller's hang-up at the scripted time")
    void hangupTracesReportTheCallerHangup() throws Exception {
        Path recordings = Files.createTempDirectory(temp, "recordings");
        CallTranscript transcript = replay(AsteriskTrace.load(TRACES.resolve("hangup-stream.txt")),
                caller("hangup-stream.txt"), recordings);
        assertTrue(transcript.callerHungUp());
        assertEquals(1480, transcript.callerHangupMs().getAsLong());
    }

    private static CallTranscript replay(AsteriskTrace trace, CallerScript caller, Path recordings) throws Exception {
        AsteriskSimulator simulator = new AsteriskSimulator(SimulatorOptions.instant()
                .withSoundDirectories(sounds).withRecordingRoot(recordings));
        try (FastAgiPeer peer = FastAgiPeer.start(c -> {
            assertEquals(trace.environmentLines(), c.readEnvironment(), "environment block");
            for (AsteriskTrace.Entry entry : trace.conversation()) {
                switch (entry.direction()) {
                    case TO_ASTERISK -> c.send(entry.text());
                    case FROM_ASTERISK -> assertEquals(entry.text(), c.readLine(),
                            "trace line " + entry.lineNumber());
                    default -> {
                    }
                }
            }
            c.shutdownOutput();
            assertEquals("HANGUP\n", c.readRemaining(), "after the trace, only run_agi's farewell HANGUP");
        })) {
            CallTranscript transcript = simulator.call(trace.callSetup("127.0.0.1", peer.port()), caller);
            peer.await();
            return transcript;
        }
    }

    private static CallerScript caller(String trace) {
        String script = CALLERS.get(trace)
                .replace("{18506}", temp.resolve("speech-18506.wav").toString())
                .replace("{160}", temp.resolve("speech-160.wav").toString());
        return CallerScript.parse(script);
    }
}
