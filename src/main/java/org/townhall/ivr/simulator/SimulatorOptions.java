package org.townhall.ivr.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the simulated Asterisk behaves around the protocol.
 *
 * @param timeScale          1.0 = real time (prompts take their duration, Wait sleeps), 0.0 = instant; replies are
 *                           computed from the simulated timeline and identical at any scale
 * @param readTimeout        how long to wait for the server's next command while the channel is up
 * @param hangupCloseTimeout how long to wait, after the channel hung up, for the server to close the socket
 * @param connectTimeout     TCP connect timeout (Asterisk uses 2 s)
 * @param soundDirectories   where relative sound names ({@code beep}, {@code digits/1}) are looked up
 * @param recordingRoot      if not null, RECORD FILE writes absolute paths under this directory instead of the real
 *                           path (and playback looks there first): "Asterisk's disk" for tests
 * @param idleInputLimit     input commands the caller sits through without any scripted input before hanging up
 * @param maxCommands        safety limit on commands per call; beyond it the simulator closes the socket
 * @param audioSocketMaxAudio caller audio sent by one {@code EXEC AudioSocket} at most; then the caller sends no
 *                           more and Asterisk gives up 2 s later unless the IVR ends the stream ({@code result=-1})
 */
public record SimulatorOptions(double timeScale, Duration readTimeout, Duration hangupCloseTimeout,
                               Duration connectTimeout, List<Path> soundDirectories, Path recordingRoot,
                               int idleInputLimit, int maxCommands, Duration audioSocketMaxAudio) {

    public static final Duration DEFAULT_AUDIOSOCKET_MAX_AUDIO = Duration.ofSeconds(30);

    public static final List<Path> DEFAULT_SOUND_DIRECTORIES =
            List.of(Path.of("/usr/share/asterisk/sounds/en"), Path.of("/var/lib/asterisk/sounds/en"));

    public SimulatorOptions {
        if (!(timeScale >= 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be >= 0");
        }
        requirePositive(readTimeout, "readTimeout");
        requirePositive(hangupCloseTimeout, "hangupCloseTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        soundDirectories = List.copyOf(soundDirectories);
        if (idleInputLimit < 0 || maxCommands < 1) {
            throw new IllegalArgumentException("idleInputLimit must be >= 0 and maxCommands >= 1");
        }
        requirePositive(audioSocketMaxAudio, "audioSocketMaxAudio");
    }

    /** The options before {@code audioSocketMaxAudio} existed; it takes its default, 30 s. */
    public SimulatorOptions(double timeScale, Duration readTimeout, Duration hangupCloseTimeout,
                            Duration connectTimeout, List<Path> soundDirectories, Path recordingRoot,
                            int idleInputLimit, int maxCommands) {
        this(timeScale, readTimeout, hangupCloseTimeout, connectTimeout, soundDirectories, recordingRoot,
                idleInputLimit, maxCommands, DEFAULT_AUDIOSOCKET_MAX_AUDIO);
    }

    /** Instant time (scale 0), the defaults used by tests. */
    public static SimulatorOptions instant() {
        return new SimulatorOptions(0.0, Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(2),
                DEFAULT_SOUND_DIRECTORIES, null, 20, 10_000);
    }

    /** Real time (scale 1), e.g. for watching a call with {@code townhall-ivr simulate}. */
    public static SimulatorOptions realTime() {
        return instant().withTimeScale(1.0);
    }

    public SimulatorOptions withTimeScale(double scale) {
        return new SimulatorOptions(scale, readTimeout, hangupCloseTimeout, connectTimeout, soundDirectories,
                recordingRoot, idleInputLimit, maxCommands, audioSocketMaxAudio);
    }

    public SimulatorOptions withReadTimeout(Duration timeout) {
        return new SimulatorOptions(timeScale, timeout, hangupCloseTimeout, connectTimeout, soundDirectories,
                recordingRoot, idleInputLimit, maxCommands, audioSocketMaxAudio);
    }

    public SimulatorOptions withHangupCloseTimeout(Duration timeout) {
        return new SimulatorOptions(timeScale, readTimeout, timeout, connectTimeout, soundDirectories,
                recordingRoot, idleInputLimit, maxCommands, audioSocketMaxAudio);
    }

    public SimulatorOptions withConnectTimeout(Duration timeout) {
        return new SimulatorOptions(timeScale, readTimeout, hangupCloseTimeout, timeout, soundDirectories,
                recordingRoot, idleInputLimit, maxCommands, audioSocketMaxAudio);
    }

    public SimulatorOptions withSoundDirectories(List<Path> directories) {
        return new SimulatorOptions(timeScale, readTimeout, hangupCloseTimeout, connectTimeout, directories,
                recordingRoot, idleInputLimit, maxCommands, audioSocketMaxAudio);
    }

    public SimulatorOptions withSoundDirectories(Path... directories) {
        return withSoundDirectories(List.of(directories));
    }

    public SimulatorOptions withRecordingRoot(Path root) {
        return new SimulatorOptions(timeScale, readTimeout, hangupCloseTimeout, connectTimeout, soundDirectories,
                root, idleInputLimit, maxCommands, audioSocketMaxAudio);
    }

    public SimulatorOptions withIdleInputLimit(int limit) {
        return new SimulatorOptions(timeScale, readTimeout, hangupCloseTimeout, connectTimeout, soundDirectories,
                recordingRoot, limit, maxCommands, audioSocketMaxAudio);
    }

    public SimulatorOptions withMaxCommands(int max) {
        return new SimulatorOptions(timeScale, readTimeout, hangupCloseTimeout, connectTimeout, soundDirectories,
                recordingRoot, idleInputLimit, max, audioSocketMaxAudio);
    }

    public SimulatorOptions withAudioSocketMaxAudio(Duration max) {
        return new SimulatorOptions(timeScale, readTimeout, hangupCloseTimeout, connectTimeout, soundDirectories,
                recordingRoot, idleInputLimit, maxCommands, max);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
