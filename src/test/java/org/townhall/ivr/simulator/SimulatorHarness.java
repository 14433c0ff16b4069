package org.townhall.ivr.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/** Runs one simulated call against a {@link FastAgiPeer} conversation, with generated sounds in a temp dir. */
final class SimulatorHarness {

    static final String DEAD = "511 Command Not Permitted on a dead channel or intercept routine";

    /** {@code prompt}: 2 s; {@code hello-world}: 8710 samples; {@code short}: 100 ms. */
    final Path sounds;
    final Path recordings;
    private SimulatorOptions options;

    SimulatorHarness(Path temp) throws IOException {
        sounds = temp.resolve("sounds");
        recordings = temp.resolve("asterisk-disk");
        Files.createDirectories(recordings);
        TestAudio.tone(sounds.resolve("prompt.wav"), 16_000);
        TestAudio.tone(sounds.resolve("hello-world.wav"), 8_710);
        TestAudio.tone(sounds.resolve("short.wav"), 800);
        options = SimulatorOptions.instant().withSoundDirectories(sounds).withRecordingRoot(recordings);
    }

    SimulatorHarness with(UnaryOperator<SimulatorOptions> change) {
        options = change.apply(options);
        return this;
    }

    CallTranscript call(String callerScript, FastAgiPeer.Conversation conversation) throws Exception {
        return call(port -> CallSetup.to("127.0.0.1", port, "townhall"), CallerScript.parse(callerScript),
                conversation);
    }

    /** What the simulator answers to one command, with the caller doing {@code callerScript}. */
    String replyTo(String callerScript, String command) throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> reply = new java.util.concurrent.atomic.AtomicReference<>();
        call(callerScript, c -> {
            c.readEnvironment();
            reply.set(c.command(command));
            c.close();
        });
        return reply.get();
    }

    CallTranscript call(IntFunction<CallSetup> setup, CallerScript caller, FastAgiPeer.Conversation conversation)
            throws Exception {
        try (FastAgiPeer peer = FastAgiPeer.start(conversation)) {
            CallTranscript transcript = new AsteriskSimulator(options).call(setup.apply(peer.port()), caller);
            peer.await();
            return transcript;
        }
    }
}
