package org.townhall.ivr.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.townhall.ivr.agi.AgiConfig;
import org.townhall.ivr.engine.EngineSettings;
import org.townhall.ivr.audiosocket.AudioSocketConfig;
import org.townhall.ivr.speech.SpeechConfig;
import org.townhall.ivr.voice.VoiceConfig;
import org.townhall.ivr.simulator.AsteriskSimulator;
import org.townhall.ivr.simulator.CallSetup;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.simulator.CallerScript;
import org.townhall.ivr.simulator.SimulatorOptions;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.web.WebConfig;

/** The real server on real ports with a real SQLite file, and the Asterisk simulator to call it. */
public final class RunningServer implements AutoCloseable {
    /** Tuesday 1 December 2026, 10:00 in Paris: every department is open. */
    public static final Instant TUESDAY_10H = Instant.parse("2026-12-01T09:00:00Z");
    /** Wednesday 2 December 2026, 10:00 in Paris: urban planning is closed. */
    public static final Instant WEDNESDAY_10H = Instant.parse("2026-12-02T09:00:00Z");

    public final SettableClock clock = new SettableClock(TUESDAY_10H);
    public final TownhallServer server;
    public final Path data;
    private final AsteriskSimulator simulator = new AsteriskSimulator(SimulatorOptions.instant());

    public RunningServer(Path data) throws Exception {
        this(data, Path.of("config/townhall.yaml"), SpeechConfig.Mode.OFF);
    }

    public RunningServer(Path data, Path config, SpeechConfig.Mode speech) throws Exception {
        this(data, config, speech, false);
    }

    /** @param voice true: the server speaks with its MaryTTS voice (prompts rendered at start, typed test speech) */
    public RunningServer(Path data, Path config, SpeechConfig.Mode speech, boolean voice) throws Exception {
        this(data, config, new SpeechConfig(speech, Path.of("models")), voice);
    }

    public RunningServer(Path data, Path config, SpeechConfig speech, boolean voice) throws Exception {
        this.data = data;
        AgiConfig agi = new AgiConfig("127.0.0.1", freePort(), 50, Duration.ofSeconds(10), Duration.ofMinutes(5), "");
        ServerSettings settings = new ServerSettings(config, data, data.resolve("prompts"),
                data.resolve("prompts").toAbsolutePath().toString(), data.resolve("recordings"), agi,
                new WebConfig("127.0.0.1", 0), EngineSettings.defaults(data.resolve("recordings").toAbsolutePath().toString()),
                speech, AudioSocketConfig.defaults().withBindAddress("127.0.0.1").withPort(0),
                "127.0.0.1", new VoiceConfig(voice, Path.of("voices")), clock);
        server = TownhallServer.start(settings);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public CallSetup call() {
        return CallSetup.to("127.0.0.1", server.agiPort(), "townhall").withCallerId("0612345678", "Jean Dupont");
    }

    public CallTranscript call(String callerScript) throws IOException {
        return call(call(), callerScript);
    }

    public CallTranscript call(CallSetup setup, String callerScript) throws IOException {
        return simulator.call(setup, CallerScript.parse(callerScript));
    }

    /** A call in real time (prompts last their length, the department talks): for tests of timing. */
    public CallTranscript callRealTime(String callerScript) throws IOException {
        return new AsteriskSimulator(SimulatorOptions.instant().withTimeScale(1.0)).call(call(),
                CallerScript.parse(callerScript));
    }

    public CallRecord record(CallTranscript transcript) {
        return server.store().call(transcript.uniqueId()).orElseThrow(
                () -> new AssertionError("no call record for " + transcript.uniqueId()));
    }

    /** A call's path as {@code node event [input]} lines, as the tests compare them. */
    public static java.util.List<String> events(CallRecord call) {
        return call.path().stream().map(s -> s.node() + " " + s.event() + (s.input() == null ? "" : " " + s.input()))
                .toList();
    }

    /** Password of the users made by {@link #addUser}. */
    public static final String PASSWORD = "correct horse battery";
    private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();

    /** A console user with {@link #PASSWORD}; operators may be limited to some departments. */
    public org.townhall.ivr.store.User addUser(String name, org.townhall.ivr.store.Role role, String... departments) {
        return server.accounts().add("test", name, PASSWORD, role, java.util.Set.of(departments), "en");
    }

    /** An API token of a new user with {@code role}. */
    public String apiToken(org.townhall.ivr.store.Role role) {
        var user = addUser(role.code() + users.incrementAndGet(), role);
        return server.accounts().newToken("test", user, "tests");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.httpPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
