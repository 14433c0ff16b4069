package org.townhall.ivr.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.townhall.ivr.audiosocket.AudioSocketServer;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.Vocabulary;
import org.townhall.ivr.audiosocket.AudioSocketSession;
import org.townhall.ivr.audiosocket.Frame;
import org.townhall.ivr.audiosocket.PendingSession;
import org.townhall.ivr.audiosocket.PromptPlayer;
import org.townhall.ivr.audio.WavFile;

/**
 * Speech over AudioSocket (Asterisk 18+): the prompt is streamed to the caller while their audio streams to the
 * recognizer; speaking stops the prompt (barge-in), a key stops it too, and the turn ends when the recognizer hears
 * the end of the utterance. Timers count the caller's audio, so a turn behaves the same at any speed.
 */
public final class StreamingSpeechListener implements SpeechListener {
    private static final Logger log = LoggerFactory.getLogger(StreamingSpeechListener.class);
    private static final long NO_INPUT_SAMPLES = TurnLimits.NO_INPUT_MS * 8L;
    private static final long MAX_SPEECH_SAMPLES = TurnLimits.MAX_SPEECH_MS * 8L;
    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration READ = Duration.ofMillis(20);

    private final Recognition recognition;
    private final AudioSocketServer server;
    private final String advertisedHost;
    private final Function<Sound, Optional<Path>> localAudio;
    private final ExecutorService agiCommands;

    /**
     * @param advertisedHost how Asterisk reaches {@code server} (its address as seen from Asterisk)
     * @param localAudio     the local file of a prompt, to stream it
     * @param agiCommands    runs the blocking {@code EXEC AudioSocket} while the call's thread handles the audio
     */
    public StreamingSpeechListener(Recognition recognition, AudioSocketServer server, String advertisedHost,
                                   Function<Sound, Optional<Path>> localAudio, ExecutorService agiCommands) {
        this.recognition = recognition;
        this.server = server;
        this.advertisedHost = advertisedHost;
        this.localAudio = localAudio;
        this.agiCommands = agiCommands;
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
        short[] promptAudio = promptSamples(prompts);
        if (promptAudio.length == 0) {
            // no local copy to stream: Asterisk plays them, keys interrupt, then the caller is heard
            for (Sound prompt : prompts) {
                Optional<Character> key = channel.play(prompt, keys);
                if (key.isPresent()) {
                    return new Heard.Key(key.get());
                }
            }
        }
        UUID id = AudioSocketServer.newSessionId();
        PendingSession pending = server.expect(id);
        java.util.Map<String, String> mdc = MDC.getCopyOfContextMap();
        CompletableFuture<Boolean> stream = CompletableFuture.supplyAsync(() -> {
            if (mdc != null) {
                MDC.setContextMap(mdc);
            }
            return channel.streamAudio(pending.applicationData(advertisedHost));
        }, agiCommands);
        try (Recognition.Turn turn = recognition.start(language, vocabulary)) {
            AudioSocketSession session;
            try {
                session = pending.await(CONNECT);
            } catch (IOException e) {
                log.error("Asterisk did not open the AudioSocket stream within {} s ({}): is it 18 or later, with "
                        + "app_audiosocket, and can it reach {}?", CONNECT.toSeconds(), e.getMessage(), advertisedHost);
                finish(stream);
                return new Heard.Nothing();
            }
            Conversation conversation = converse(session, turn, promptAudio, keys);
            session.hangup();
            if (!finish(stream)) {
                throw new CallerHungUpException("speech turn");
            }
            if (conversation.heard() instanceof Heard.Nothing && turn.heardSpeech()) {
                List<Recognition.Reading> readings = turn.finish();
                // when Asterisk played the prompts, the stream began after them: when the caller began is unknown
                long msToSpeech = promptAudio.length == 0 ? -1 : conversation.speechStartSamples() / 8;
                return readings.isEmpty() ? new Heard.Nothing() : new Heard.Words(readings, msToSpeech);
            }
            return conversation.heard();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel();
            throw new CallerHungUpException("speech turn (interrupted)");
        }
    }

    /** How the audio loop ended, and where the caller was first heard (samples into the turn, -1: never). */
    private record Conversation(Heard heard, long speechStartSamples) {
    }

    /** The audio loop: ends on a key, or with Nothing once the caller stopped talking / never started / hung up. */
    private Conversation converse(AudioSocketSession session, Recognition.Turn utterance, short[] promptAudio,
                                  String keys) throws InterruptedException {
        PromptPlayer player = new PromptPlayer(session);
        player.play(promptAudio);
        long heardSamples = 0;
        long promptEnd = promptAudio.length;
        long speechStart = -1;
        try {
            while (true) {
                Optional<Frame> frame = session.read(READ);
                if (frame.isPresent()) {
                    Frame f = frame.get();
                    if (f instanceof Frame.Audio audio) {
                        heardSamples += audio.samples().length;
                        boolean ended = utterance.accept(audio.samples(), audio.samples().length);
                        if (utterance.heardSpeech() && speechStart < 0) {
                            speechStart = heardSamples;
                            if (player.isPlaying()) {
                                promptEnd = Math.min(promptEnd, heardSamples);
                                player.stop();
                            }
                        }
                        if (ended || (speechStart >= 0 && heardSamples - speechStart > MAX_SPEECH_SAMPLES)) {
                            return new Conversation(new Heard.Nothing(), speechStart);
                        }
                    } else if (f instanceof Frame.Dtmf dtmf) {
                        if (keys.indexOf(dtmf.key()) >= 0) {
                            player.stop();
                            return new Conversation(new Heard.Key(dtmf.key()), speechStart);
                        }
                    } else {
                        // hang-up, error or closed: the EXEC result tells which
                        return new Conversation(new Heard.Nothing(), speechStart);
                    }
                }
                player.advance(frame);
                if (speechStart < 0 && !player.isPlaying() && heardSamples > promptEnd + NO_INPUT_SAMPLES) {
                    return new Conversation(new Heard.Nothing(), speechStart);
                }
            }
        } catch (IOException e) {
            log.debug("AudioSocket stream ended: {}", e.getMessage());
            return new Conversation(new Heard.Nothing(), speechStart);
        }
    }

    /** Waits for EXEC AudioSocket to return; true when the channel is still up. */
    private static boolean finish(CompletableFuture<Boolean> stream) {
        try {
            return stream.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof CallerHungUpException) {
                return false;
            }
            throw new IllegalStateException("EXEC AudioSocket failed: " + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("EXEC AudioSocket did not return 10 s after the stream ended", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The prompts' audio one after the other; none when one of them has no local copy (Asterisk plays them all). */
    private short[] promptSamples(List<Sound> prompts) {
        List<short[]> parts = new java.util.ArrayList<>();
        for (Sound prompt : prompts) {
            short[] part = localAudio.apply(prompt).map(file -> {
                try {
                    return WavFile.read8k(file);
                } catch (IOException e) {
                    log.warn("prompt {} cannot be streamed ({}): Asterisk plays it instead", file, e.getMessage());
                    return new short[0];
                }
            }).orElse(new short[0]);
            if (part.length == 0) {
                return new short[0];
            }
            parts.add(part);
        }
        short[] all = new short[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
