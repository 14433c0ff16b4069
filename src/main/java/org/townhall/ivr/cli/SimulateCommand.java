package org.townhall.ivr.cli;

import java.util.concurrent.Callable;
import org.townhall.ivr.agi.AgiConfig;
import org.townhall.ivr.simulator.AsteriskSimulator;
import org.townhall.ivr.simulator.CallSetup;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.simulator.CallerScript;
import org.townhall.ivr.simulator.SimulatorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Plays the Asterisk side of one call against a running server and prints it as a dialogue. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Place a simulated call to a running Townhall IVR, exactly as Asterisk 22 would, and print it.",
                "", "The caller script says what the caller does, one action per prompt that waits for them:",
                "  press KEYS [after MS]     keys 0-9 * #, e.g. 'press 2' or 'press 0612345678#'",
                "  silence                   say nothing this time (the menu times out)",
                "  speak WAV [until MS]      talk (a WAV file) when the IVR records a message",
                "  hangup [after MS]         hang up during the next prompt",
                "  dial answer [talk MS] | busy | noanswer | congestion | chanunavail   what the department does",
                "Example: simulate \"press 4; press 1; press 1; press # after 2000\""})
final class SimulateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCRIPT", defaultValue = "press 2",
            description = "the caller script (default: ${DEFAULT-VALUE}); with --say or --wav, what follows the words")
    String script;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "server host (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "" + AgiConfig.DEFAULT_PORT, description = "FastAGI port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--caller", defaultValue = "0612345678", description = "caller number (default: ${DEFAULT-VALUE})")
    String caller;

    @Option(names = "--name", defaultValue = "Jean Dupont", description = "caller name (default: ${DEFAULT-VALUE})")
    String name;

    @Option(names = "--withheld", description = "the caller withholds their number")
    boolean withheld;

    @Option(names = "--lang", description = "language asked by the dialplan (agi://…/townhall?lang=fr)")
    String language;

    @Option(names = "--realtime", description = "take the time a real call takes (prompts play for their length)")
    boolean realTime;

    @Option(names = "--raw", description = "also print the AGI exchange line by line")
    boolean raw;

    @Option(names = "--say", paramLabel = "TEXT", description = "the caller first says this (synthesised with the voice, "
            + "as telephone audio), e.g. --say \"there is a pothole in my street\"")
    String say;

    @Option(names = "--wav", paramLabel = "FILE", description = "the caller first says what this WAV file holds")
    java.nio.file.Path wav;

    /** The WAV the caller speaks first, if any: --wav as is, --say rendered by the voice into a temporary file. */
    private String spokenFirst() throws Exception {
        if (wav != null) {
            return wav.toAbsolutePath().toString();
        }
        if (say == null) {
            return null;
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("townhall-say-", ".wav");
        file.toFile().deleteOnExit();
        try (org.townhall.ivr.voice.MaryTtsSynthesizer voice =
                     new org.townhall.ivr.voice.MaryTtsSynthesizer(java.nio.file.Path.of("voices"))) {
            voice.synthesize(say, language == null ? "en" : language).writeWav(file);
        }
        return file.toString();
    }

    @Override
    public Integer call() throws Exception {
        CallerScript caller;
        try {
            String spoken = spokenFirst();
            caller = CallerScript.parse(spoken == null ? script : "speak \"" + spoken + "\"; " + script);
        } catch (IllegalArgumentException e) {
            System.err.println("townhall-ivr simulate: " + e.getMessage());
            return 2;
        }
        CallSetup setup = CallSetup.to(host, port, language == null ? "townhall" : "townhall?lang=" + language)
                .withCallerId(this.caller, name);
        if (withheld) {
            setup = setup.withWithheldCallerId();
        }
        SimulatorOptions options = realTime ? SimulatorOptions.realTime() : SimulatorOptions.instant();
        CallTranscript transcript;
        try {
            transcript = new AsteriskSimulator(options).call(setup, caller);
        } catch (java.net.ConnectException e) {
            System.err.printf("townhall-ivr simulate: no server on %s:%d (%s); start one with 'townhall-ivr serve'%n",
                    host, port, e.getMessage());
            return 1;
        }
        System.out.print(transcript.dialogue());
        if (raw) {
            System.out.println();
            System.out.print(transcript.rawTrace());
        }
        return transcript.serverClosed() ? 0 : 1;
    }
}
