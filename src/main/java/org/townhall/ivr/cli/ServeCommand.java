package org.townhall.ivr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.townhall.ivr.agi.AgiConfig;
import org.townhall.ivr.app.ServerSettings;
import org.townhall.ivr.app.TownhallServer;
import org.townhall.ivr.config.ConfigProblem;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.engine.EngineSettings;
import org.townhall.ivr.audiosocket.AudioSocketConfig;
import org.townhall.ivr.speech.SpeechConfig;
import org.townhall.ivr.voice.VoiceConfig;
import org.townhall.ivr.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the server until interrupted (Ctrl-C or SIGTERM stop it gracefully). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the FastAGI server and the HTTP API with a town hall configuration.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--config", description = "town hall YAML file (default: config/townhall.yaml if present, "
            + "else the demo town hall copied to <data>/townhall.yaml)")
    Path config;

    @Option(names = "--data", description = "directory of the SQLite file and callback messages (default: ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(names = "--prompts", description = "voice prompts directory, <lang>/<prompt-id>.wav (default: ${DEFAULT-VALUE})",
            defaultValue = "voice-prompts")
    Path prompts;

    @Option(names = "--asterisk-prompts", description = "the prompts directory as Asterisk sees it (default: the absolute --prompts path)")
    String asteriskPrompts;

    @Option(names = "--asterisk-recordings", description = "where Asterisk writes callback messages (default: <data>/recordings, absolute)")
    String asteriskRecordings;

    @Option(names = "--agi-bind", defaultValue = "0.0.0.0", description = "FastAGI bind address (default: ${DEFAULT-VALUE})")
    String agiBind;

    @Option(names = "--agi-port", defaultValue = "4573", description = "FastAGI port (default: ${DEFAULT-VALUE})")
    int agiPort;

    @Option(names = "--max-calls", defaultValue = "1000", description = "concurrent calls (default: ${DEFAULT-VALUE})")
    int maxCalls;

    @Option(names = "--shutdown-timeout", defaultValue = "30", description = "seconds calls in progress get to finish on stop (default: ${DEFAULT-VALUE})")
    int shutdownSeconds;

    @Option(names = "--dial-options", defaultValue = "", description = "extra Dial options for transfers, e.g. U(townhall-whisper)")
    String dialOptions;

    @Option(names = "--http-bind", defaultValue = "0.0.0.0", description = "HTTP bind address (default: ${DEFAULT-VALUE})")
    String httpBind;

    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--speech", defaultValue = "files", description = "how callers' speech is heard: off, files "
            + "(Asterisk records each answer; any Asterisk) or audiosocket (streamed; Asterisk 18+) (default: ${DEFAULT-VALUE})")
    String speech;

    @Option(names = "--models", defaultValue = "models", description = "speech models, one Vosk model per language in <dir>/<lang>/ (default: ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--meaning", defaultValue = "on", description = "on: answers without a department's phrase are "
            + "also understood by meaning (English built in; about 190 MB of memory); off: by phrases alone "
            + "(default: ${DEFAULT-VALUE})")
    String meaning;

    @Option(names = "--audiosocket-port", defaultValue = "9092", description = "AudioSocket port, speech mode audiosocket (default: ${DEFAULT-VALUE})")
    int audioSocketPort;

    @Option(names = "--audiosocket-host", defaultValue = "127.0.0.1", description = "this server's address as Asterisk reaches it, for EXEC AudioSocket (default: ${DEFAULT-VALUE})")
    String audioSocketHost;

    @Option(names = "--voice", defaultValue = "on", description = "speak prompts and numbers with MaryTTS: on or off "
            + "(off: recorded prompts only) (default: ${DEFAULT-VALUE})")
    String voice;

    @Option(names = "--voices", defaultValue = "voices", description = "extra MaryTTS voice jars, e.g. a French voice (default: ${DEFAULT-VALUE})")
    Path voices;

    @Option(names = "--clock", description = "start the server's clock at this instant, e.g. 2026-12-01T10:00:00Z (demos, tests of opening hours)")
    String clock;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("townhall-ivr serve: " + e.getMessage());
            return 2;
        }
        TownhallServer server;
        try {
            server = TownhallServer.start(settings);
        } catch (InvalidConfigException e) {
            e.problems().stream().map(ConfigProblem::toString).forEach(System.err::println);
            System.err.println(config + ": rejected, the server does not start (check it with 'townhall-ivr validate')");
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    ServerSettings settings() throws java.io.IOException {
        Clock serverClock = Clock.systemUTC();
        if (clock != null) {
            try {
                Instant start = Instant.parse(clock);
                serverClock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--clock '" + clock + "' is not an ISO-8601 instant such as 2026-12-01T10:00:00Z");
            }
        }
        Path configFile = config != null ? config : DemoTownHall.defaultFile(data);
        if (!Files.isRegularFile(configFile)) {
            throw new IllegalArgumentException("--config " + configFile + " does not exist");
        }
        String recordings = asteriskRecordings != null ? asteriskRecordings
                : data.resolve("recordings").toAbsolutePath().toString();
        String promptsPath = asteriskPrompts != null ? asteriskPrompts : prompts.toAbsolutePath().toString();
        AgiConfig agi = new AgiConfig(agiBind, agiPort, maxCalls, Duration.ofSeconds(shutdownSeconds),
                Duration.ofHours(3), dialOptions);
        return new ServerSettings(configFile, data, prompts, promptsPath, data.resolve("recordings"), agi,
                new WebConfig(httpBind, httpPort), EngineSettings.defaults(recordings),
                new SpeechConfig(SpeechConfig.Mode.parse(speech), models, onOff("--meaning", meaning)),
                AudioSocketConfig.defaults().withBindAddress(agiBind).withPort(audioSocketPort), audioSocketHost,
                new VoiceConfig(onOff("--voice", voice), voices),
                serverClock);
    }

    static boolean onOff(String option, String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(option + " '" + value + "' must be on or off");
        };
    }
}
