package org.townhall.ivr.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vosk.Model;
import org.vosk.Recognizer;

/** Speech recognition with Vosk, in-process: 8 kHz telephone audio resampled to the model's 16 kHz. */
public final class VoskSpeechRecognizer implements SpeechRecognizer {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(VoskSpeechRecognizer.class);
    static final float MODEL_RATE = 16000f;
    /** Quiet after speech that ends a caller's turn: 500 ms, as Vosk's own end-of-utterance rule (longer than the pauses within a sentence). */
    static final long END_QUIET_SAMPLES = 500 * 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A short answer ("bins", "school dinners") is over before the model has adapted to the caller's voice (Vosk
     * estimates the speaker's i-vector as the audio comes): the phrase readings decode it once more, adapted. Answers
     * up to this long (2 s of speech, in 8 kHz samples) are decoded again.
     */
    static final long SHORT_ANSWER_SAMPLES = 2 * 8000;
    /** The audio of a live turn comes in 20 ms frames (8 kHz samples). */
    private static final int FRAME_SAMPLES = 160;
    /** Audio decoded again before the first sound and after the last (300 ms, in 8 kHz samples). */
    private static final long AROUND_SAMPLES = 300 * 8;
    /**
     * A short answer is decoded again 200 ms into a pause (in 8 kHz samples), while the turn waits for the 500 ms that
     * end it: about 100 ms of work, which delays the next frames without delaying the turn's end. When the caller
     * goes on, the answer is decoded again at its next pause while it is still short.
     */
    static final long REPLAY_AFTER_QUIET_SAMPLES = 200 * 8;

    private final SpeechModels models;
    /**
     * The grammars of the last menus heard (one per spoken menu and language, a few more across publishes): building
     * one reads every phrase, example and everyday sentence, about 9 ms, at every turn otherwise.
     */
    private final Map<GrammarKey, String> grammars = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GrammarKey, String> eldest) {
            return size() > 16;
        }
    };

    public VoskSpeechRecognizer(SpeechModels models) {
        this.models = models;
    }

    @Override
    public Set<String> languages() {
        return models.languages();
    }

    @Override
    public Utterance start(String language, List<Vocabulary> vocabularies) {
        if (vocabularies.isEmpty()) {
            throw new IllegalArgumentException("an utterance needs at least one vocabulary");
        }
        Model model = models.model(language).orElseThrow(() -> new IllegalArgumentException(
                "no speech model for '" + language + "' in " + models.directory()));
        List<Decoder> decoders = new ArrayList<>();
        try {
            for (Vocabulary vocabulary : vocabularies) {
                String grammar = vocabulary.isFreeForm() ? null : grammar(language, vocabulary);
                decoders.add(new Decoder(model, grammar));
            }
            return new VoskUtterance(decoders, !models.dithersAtRandom(language));
        } catch (java.io.IOException | RuntimeException e) {
            closeAll(decoders);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Vosk could not create a recognizer for '" + language + "': " + e.getMessage(), e);
        }
    }

    /** The turn's grammar, naming once each word of the menu's phrases and examples the model cannot hear. */
    String grammar(String language, Vocabulary vocabulary) {
        List<String> everyday = vocabulary.openAnswer()
                ? EverydaySpeech.of(language, models.directory().resolve(language)) : List.of();
        GrammarKey key = new GrammarKey(language, vocabulary.phrases(), everyday);
        synchronized (grammars) {
            String known = grammars.get(key);
            if (known != null) {
                return known;
            }
        }
        ModelWords words = models.words(language);
        Set<String> unheard = words.notNamedYet(words.unknown(vocabulary.phrases()));
        if (!unheard.isEmpty()) {
            log.warn("the '{}' speech model has no word {}: callers are never heard saying it. Left out of the menu's "
                    + "phrases and example requests ('validate' lists the phrases that can never match)", language,
                    unheard);
        }
        String grammar = grammar(vocabulary.phrases(), everyday, words);
        synchronized (grammars) {
            grammars.put(key, grammar);
        }
        return grammar;
    }

    /** What a grammar is made of: the same menu and lists give the same grammar, built once. */
    private record GrammarKey(String language, List<String> phrases, List<String> everyday) {
    }

    /** {@link #grammar(List, List, ModelWords)} for a model that knows every word. */
    static String grammar(List<String> phrases, List<String> everyday) {
        return grammar(phrases, everyday, ModelWords.ANY);
    }

    /**
     * A Vosk grammar: the text Vosk estimates the turn's small language model (a bigram) from. The menu's phrases,
     * then what callers say around them ({@link EverydaySpeech}), then {@code [unk]} for words outside both; lower
     * case, one entry per distinct line. Words the model does not know are left out of their line, as Vosk would
     * (with a warning on stderr for each, at every turn); a line left with no word stays, empty, as Vosk would have
     * counted it.
     */
    static String grammar(List<String> phrases, List<String> everyday, ModelWords words) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String line : concat(phrases, everyday)) {
            String clean = String.join(" ", grammarWords(line));
            if (!clean.isEmpty()) {
                distinct.add(clean);
            }
        }
        List<String> items = new ArrayList<>(distinct.size() + 1);
        for (String line : distinct) {
            items.add(String.join(" ", grammarWords(line).stream().filter(words::knows).toList()));
        }
        items.add("[unk]");
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The words of a line as a grammar has them: lower case, without punctuation. */
    static List<String> grammarWords(String line) {
        String clean = line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ").strip();
        return clean.isEmpty() ? List.of() : List.of(clean.split("\\s+"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Transcript parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<Transcript.Word> words = new ArrayList<>();
            for (JsonNode w : root.path("result")) {
                String word = w.path("word").asText();
                if (!word.equals("[unk]")) {
                    words.add(new Transcript.Word(word, w.path("conf").asDouble(1.0), w.path("end").asDouble()));
                }
            }
            String text = root.path("text").asText("").replace("[unk]", " ").replaceAll("\\s+", " ").strip();
            return new Transcript(text, words, List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable Vosk result: " + json, e);
        }
    }

    @Override
    public void close() {
        models.close();
    }

    /** Closes every decoder, even when closing one fails (its native memory is otherwise lost). */
    private static void closeAll(List<Decoder> decoders) {
        RuntimeException failure = null;
        for (Decoder decoder : decoders) {
            try {
                decoder.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** A Vosk recognizer of the model's rate giving each word's time and confidence; without grammar, free-form. */
    private static Recognizer recognizer(Model model, String grammar) throws java.io.IOException {
        Recognizer recognizer = grammar == null ? new Recognizer(model, MODEL_RATE)
                : new Recognizer(model, MODEL_RATE, grammar);
        recognizer.setWords(true);
        return recognizer;
    }

    /** One way of recognising the turn's audio: a Vosk recognizer and the segments it has finished. */
    private static final class Decoder {
        private final Model model;
        /** The reading's grammar; null for a free-form reading. */
        private final String grammar;
        private final Recognizer recognizer;
        private final List<Transcript> segments = new ArrayList<>();
        /** The answer decoded again once adapted to the caller's voice, and the caller's last sound it reaches. */
        private Transcript again;
        private long againUpTo = -1;
        private boolean closed;

        Decoder(Model model, String grammar) throws java.io.IOException {
            this.model = model;
            this.grammar = grammar;
            this.recognizer = VoskSpeechRecognizer.recognizer(model, grammar);
        }

        /** Feeds 16 kHz audio; true at Vosk's own end of utterance (the segment is then kept). */
        boolean accept(float[] wide) {
            boolean endOfUtterance = recognizer.acceptWaveForm(wide, wide.length);
            if (endOfUtterance) {
                keep(parse(recognizer.getResult()));
            }
            return endOfUtterance;
        }

        /**
         * Closes the segment at a pause (what follows is a new one) and gives the whole text so far: the short answer
         * decoded again when that reached the caller's last sound ({@code lastSound}).
         */
        SoFar soFar(long lastSound) {
            keep(parse(recognizer.getResult()));
            return again != null && againUpTo == lastSound ? new SoFar(again.text(), true) : new SoFar(text(), false);
        }

        /**
         * With phrases, decodes a short answer again, adapted to the caller's voice: a recognizer of its own hears it
         * twice and the second hearing is kept, its words timed on the turn's clock. The turn's own recognizer is
         * left as it was, for the caller may go on.
         */
        void decodeAgain(Replay replay) {
            if (grammar == null) {
                return;
            }
            try (Recognizer fresh = VoskSpeechRecognizer.recognizer(model, grammar)) {
                float[] audio = replay.audio();
                fresh.acceptWaveForm(audio, audio.length);
                fresh.getResult(); // the first hearing: the recognizer adapts to the voice
                fresh.acceptWaveForm(audio, audio.length);
                // the last word decoded to its end
                float[] quiet = new Dither(replay.dither()).apply(new short[(int) (2 * AROUND_SAMPLES)]);
                fresh.acceptWaveForm(quiet, quiet.length);
                Transcript heard = parse(fresh.getFinalResult());
                double ahead = audio.length / MODEL_RATE - replay.fromSeconds();
                // a word ending before the caller's first sound is the first hearing's last frames, read again
                List<Transcript.Word> words = heard.words().stream().map(w -> new Transcript.Word(w.word(),
                        w.confidence(), w.endSeconds() - ahead)).filter(w -> w.endSeconds() > replay.firstSound())
                        .toList();
                again = new Transcript(String.join(" ", words.stream().map(Transcript.Word::word).toList()), words,
                        List.of());
                againUpTo = replay.upTo();
            } catch (java.io.IOException | RuntimeException e) {
                log.warn("could not decode a short answer again (the first reading stands): {}", e.toString());
            }
        }

        /**
         * The reading of the whole turn: the answer decoded again when that reached the caller's last sound
         * ({@code lastSound}), else as it came. After the pause that ends a turn every word is decoded: Vosk's result
         * up to here takes a few ms, its final result (which first decodes the frames still held for context, here
         * quiet) 25 to 150 ms; on a benchmark set the outcomes were the same and p95 from the end of speech to the
         * next prompt fell by 140 ms. Without that pause, {@code tail} (the audio still held by the noise reducer)
         * is decoded first.
         */
        Transcript finish(boolean afterPause, float[] tail, long lastSound) {
            if (afterPause) {
                keep(parse(recognizer.getResult()));
            } else {
                recognizer.acceptWaveForm(tail, tail.length);
                keep(parse(recognizer.getFinalResult()));
            }
            close();
            if (again != null && againUpTo == lastSound) {
                return again;
            }
            if (segments.isEmpty()) {
                return Transcript.EMPTY;
            }
            List<Transcript.Word> words = new ArrayList<>();
            segments.forEach(t -> words.addAll(t.words()));
            return new Transcript(text(), words, List.of());
        }

        private String text() {
            return String.join(" ", segments.stream().map(Transcript::text).toList());
        }

        private void keep(Transcript segment) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }

        void close() {
            if (!closed) {
                closed = true;
                recognizer.close();
            }
        }
    }

    /**
     * The turn's audio analysed once (hum left out of the level measures, speech and pauses, line noise, noise
     * reduction, 8 to 16 kHz), then decoded by each recognizer.
     */
    private static final class VoskUtterance implements Utterance {
        private final List<Decoder> decoders;
        private final Resampler resampler = new Resampler();
        private final HumFilter hum = new HumFilter();
        private final VoiceActivity activity = new VoiceActivity();
        private final NoiseReducer denoiser = new NoiseReducer();
        private final LineNoise line = new LineNoise();
        /** Kaldi's faint noise, the same for every answer, unless the model adds its own at random. */
        private final Dither dither;
        /** The last seconds of 16 kHz audio decoded: a short answer is decoded again from it. */
        private final RecentAudio recent = new RecentAudio((int) (2 * (SHORT_ANSWER_SAMPLES + 3 * AROUND_SAMPLES)));
        /** The caller's last sound (8 kHz samples) when the answer was last decoded again (-1: never). */
        private long replayedUpTo = -1;
        private boolean closed;

        VoskUtterance(List<Decoder> decoders, boolean dither) {
            this.decoders = List.copyOf(decoders);
            this.dither = new Dither(dither);
        }

        @Override
        public boolean accept(short[] samples, int length) {
            // a whole recording (files mode) is analysed as it would have streamed, 20 ms at a time
            boolean finished = false;
            for (int at = 0; at < length; at += FRAME_SAMPLES) {
                int n = Math.min(FRAME_SAMPLES, length - at);
                finished = acceptFrame(at == 0 ? samples : Arrays.copyOfRange(samples, at, at + n), n);
            }
            return finished;
        }

        private boolean acceptFrame(short[] samples, int length) {
            // the level measures look at the telephone band only; the model gets the audio as it came
            short[] band = hum.process(samples, length);
            activity.accept(band, length);
            line.measure(band, length);
            // steady noise is subtracted below 4 kHz; above, the line's noise is continued at its level
            short[] clean = denoiser.process(samples, length);
            float[] wide = dither.apply(line.fillUpperBand(resampler.process(clean, clean.length)));
            recent.add(wide);
            boolean endOfUtterance = false;
            for (int i = 0; i < decoders.size(); i++) {
                boolean ended = decoders.get(i).accept(wide);
                endOfUtterance |= i == 0 && ended;
            }
            if (activity.quietSamplesAfterSpeech() >= REPLAY_AFTER_QUIET_SAMPLES) {
                decodeShortAnswerAgain();
            }
            // the end of a turn: the leading recognizer's end of utterance, or 500 ms of quiet after speech (Vosk may
            // wait longer)
            return activity.heardSpeech() && (endOfUtterance || activity.quietSamplesAfterSpeech() >= END_QUIET_SAMPLES);
        }

        @Override
        public boolean heardSpeech() {
            return activity.heardSpeech();
        }

        @Override
        public long quietMillis() {
            return activity.quietSamplesAfterSpeech() / 8;
        }

        @Override
        public List<SoFar> heardSoFar() {
            // a pause judged before 200 ms of quiet (Vosk's own end of utterance): the short answer decoded again now
            decodeShortAnswerAgain();
            return decoders.stream().map(d -> d.soFar(activity.lastSoundSample())).toList();
        }

        @Override
        public boolean noisyLine() {
            return line.noisyLine();
        }

        @Override
        public List<Transcript> finishAll() {
            boolean afterPause = activity.quietSamplesAfterSpeech() >= END_QUIET_SAMPLES;
            float[] tail = new float[0];
            if (!afterPause) {
                short[] held = denoiser.flush();
                tail = dither.apply(line.fillUpperBand(resampler.process(held, held.length)));
                recent.add(tail);
            }
            decodeShortAnswerAgain(); // no pause to do it in
            List<Transcript> readings = new ArrayList<>();
            for (Decoder decoder : decoders) {
                readings.add(decoder.finish(afterPause, tail, activity.lastSoundSample()));
            }
            close();
            return readings;
        }

        /** Each phrase reading decodes the answer again, adapted, when it is short and not yet decoded up to here. */
        private void decodeShortAnswerAgain() {
            shortAnswer().ifPresent(replay -> decoders.forEach(d -> d.decodeAgain(replay)));
        }

        /**
         * The answer's audio to decode again, once per pause: when it is short so far (at most
         * {@link #SHORT_ANSWER_SAMPLES} from the first sound to the last) and was not decoded again up to its last
         * sound yet; from 300 ms before its first sound to at most 300 ms after its last.
         */
        private Optional<Replay> shortAnswer() {
            long first = activity.speechStartSample();
            long last = activity.lastSoundSample();
            // speech found late (loud from the oldest frame looked at again) may have begun earlier: not known short
            if (first < 0 || activity.startUncertain() || last <= replayedUpTo || last - first > SHORT_ANSWER_SAMPLES) {
                return Optional.empty();
            }
            long from = Math.max(0, first - AROUND_SAMPLES) * 2;
            long to = (last + AROUND_SAMPLES) * 2;
            Optional<Replay> replay = recent.between(from, to)
                    .map(audio -> new Replay(audio, from / (double) MODEL_RATE, first / 8000.0, last, dither.on()));
            replay.ifPresent(r -> replayedUpTo = last);
            return replay;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                closeAll(decoders);
            }
        }
    }

    /**
     * A short answer's audio to decode again, where it starts in the turn and the caller's first sound in it (seconds),
     * the caller's last sound in it (8 kHz samples into the turn), and whether the server dithers (the quiet after it
     * too).
     */
    private record Replay(float[] audio, double fromSeconds, double firstSound, long upTo, boolean dither) {
    }

    /** The last samples of a stream, by their position in it. */
    static final class RecentAudio {
        private final float[] ring;
        private long written;

        RecentAudio(int capacity) {
            ring = new float[capacity];
        }

        void add(float[] samples) {
            for (float s : samples) {
                ring[(int) (written++ % ring.length)] = s;
            }
        }

        /** The samples from position {@code from} up to {@code to} (at most what was written), if still held. */
        Optional<float[]> between(long from, long to) {
            long end = Math.min(to, written);
            if (from < written - ring.length || from >= end) {
                return Optional.empty();
            }
            float[] out = new float[(int) (end - from)];
            for (int i = 0; i < out.length; i++) {
                out[i] = ring[(int) ((from + i) % ring.length)];
            }
            return Optional.of(out);
        }
    }
}
