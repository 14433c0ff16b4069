package org.townhall.ivr.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.audio.WavFile;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.Vocabulary;

/**
 * Speech with any Asterisk: the prompt (keys interrupt it), then RECORD FILE with silence detection into a
 * directory this server can read, then recognition of the file. Barge-in by voice is not possible in this mode.
 */
public final class FilesSpeechListener implements SpeechListener {
    private static final Logger log = LoggerFactory.getLogger(FilesSpeechListener.class);
    private static final Duration MAX_SPEECH = Duration.ofSeconds(10);
    /** Asterisk's silence detection counts whole seconds: 2 s ends the turn after the caller stops. */
    private static final Duration END_SILENCE = Duration.ofSeconds(2);
    private static final AtomicLong TURNS = new AtomicLong();

    private final Recognition recognition;
    private final String asteriskDirectory;
    private final Path localDirectory;

    /**
     * @param asteriskDirectory where Asterisk writes the turn's audio
     * @param localDirectory    the same directory as this server reads it
     */
    public FilesSpeechListener(Recognition recognition, String asteriskDirectory, Path localDirectory) {
        this.recognition = recognition;
        this.asteriskDirectory = asteriskDirectory;
        this.localDirectory = localDirectory;
    }

    @Override
    public boolean understands(String language) {
        return recognition.understands(language);
    }

    @Override
    public MeaningMatcher meaning(String language, java.util.Map<String, java.util.List<String>> intents) {
        return recognition.meaning(language, intents);
    }

    @Override
    public Heard listen(CallChannel channel, String callId, String language, List<Sound> prompts, String keys,
                        Vocabulary vocabulary) {
        for (Sound prompt : prompts) {
            Optional<Character> key = channel.play(prompt, keys);
            if (key.isPresent()) {
                return new Heard.Key(key.get());
            }
        }
        String name = "turn-" + callId.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + TURNS.incrementAndGet();
        Path file = localDirectory.resolve(name + ".wav");
        try {
            CallChannel.Recording recording = channel.record(asteriskDirectory + "/" + name, "wav", MAX_SPEECH,
                    END_SILENCE, keys, true);
            if (recording.callerHungUp()) {
                throw new CallerHungUpException("speech turn");
            }
            if (recording.stoppedBy().isPresent()) {
                return new Heard.Key(recording.stoppedBy().get());
            }
            if (!recording.hasAudio() || !Files.exists(file)) {
                return new Heard.Nothing();
            }
            short[] audio = WavFile.read8k(file);
            try (Recognition.Turn turn = recognition.start(language, vocabulary)) {
                turn.accept(audio, audio.length);
                if (!turn.heardSpeech()) {
                    return new Heard.Nothing();
                }
                List<Recognition.Reading> readings = turn.finish();
                return readings.isEmpty() ? new Heard.Nothing() : new Heard.Words(readings, -1);
            }
        } catch (IOException e) {
            log.error("speech turn not readable at {} ({}): is --asterisk-recordings the same directory as Asterisk "
                    + "writes to?", file, e.getMessage());
            return new Heard.Nothing();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete {}: {}", file, e.getMessage());
            }
        }
    }
}
