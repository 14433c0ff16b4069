package org.townhall.ivr.voice;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import marytts.modules.synthesis.Voice;
import org.townhall.ivr.audio.RateConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * Speech synthesis in this JVM with MaryTTS 5.2.1: English with the bundled voice {@code cmu-slt-hsmm}; French (and more
 * English voices) from MaryTTS voice jars dropped into a voices directory.
 *
 * <p>MaryTTS can start only once per process: the first instance starts it (≈ 1 s), later instances share it as long as
 * their voices directory brings no new voice (otherwise they fail). Start one at server start, call {@link #warmUp()},
 * share it between calls: {@link #synthesize} is thread-safe.
 *
 * <pre>{@code
 * SpeechSynthesizer voice = new MaryTtsSynthesizer(Path.of("voices"));
 * voice.warmUp();
 * voice.synthesize("Welcome to the town hall.", "en").writeWav(Path.of("welcome.wav"));
 * }</pre>
 */
public final class MaryTtsSynthesizer implements SpeechSynthesizer {
    private static final Logger log = LoggerFactory.getLogger(MaryTtsSynthesizer.class);

    /** Longer texts are refused: split them into prompts (a minute of speech is ≈ 900 characters). */
    public static final int MAX_TEXT_LENGTH = 5000;

    static final String FRENCH_VOICE_EXAMPLE = "voice-upmc-pierre-hsmm-5.2.jar from "
            + "https://github.com/marytts/voice-upmc-pierre-hsmm/releases";

    private static final Map<String, String> WARM_UP_TEXT = Map.of(
            "en", "Welcome to the town hall. It is 10 am, on Tuesday the 1st of December. Press 1, 2 or 3.",
            "fr", "Bienvenue à la mairie. Il est 10 heures, le mardi 1er décembre. Tapez 1, 2 ou 3.");

    private final Path voicesDirectory;
    private final MaryEngine engine;
    private final Map<Integer, RateConverter> resamplers = new ConcurrentHashMap<>();
    private final Map<String, String> failedLanguages = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * Starts MaryTTS (or joins the running one) with the voice jars in {@code voicesDirectory}; a missing directory means
     * no extra voice. Jars that cannot work (not a voice, a language without text processing here, a missing file) are
     * skipped with a warning.
     *
     * @throws IllegalStateException if MaryTTS cannot start, or already runs in this process with another voices directory
     */
    public MaryTtsSynthesizer(Path voicesDirectory) {
        Objects.requireNonNull(voicesDirectory, "voicesDirectory");
        this.voicesDirectory = voicesDirectory.toAbsolutePath().normalize();
        this.engine = MaryEngine.start(this.voicesDirectory);
    }

    @Override
    public TelephoneAudio synthesize(String text, String language) throws SynthesisException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (closed) {
            throw new IllegalStateException("MaryTtsSynthesizer is closed");
        }
        String lang = languageOf(language);
        Voice voice = engine.voice(lang);
        if (voice == null || failedLanguages.containsKey(lang)) {
            throw new SynthesisException(text, language, missingVoice(lang));
        }
        String spoken = text.strip();
        if (spoken.length() > MAX_TEXT_LENGTH) {
            throw new SynthesisException(text, language, "text has " + spoken.length() + " characters, more than "
                    + MAX_TEXT_LENGTH + ": split it into several prompts");
        }
        if (spoken.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new SynthesisException(text, language, "nothing to say (no letter or digit)");
        }
        try {
            Document acousticParameters = engine.analyse(spoken, voice);
            MaryEngine.Pcm pcm = engine.render(acousticParameters, voice);
            if (pcm.samples().length == 0) {
                throw new SynthesisException(text, language, "MaryTTS produced no audio with voice " + voice.getName());
            }
            return toTelephone(pcm);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SynthesisException(text, language, "interrupted while waiting for MaryTTS", e);
        } catch (SynthesisException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new SynthesisException(text, language,
                    "MaryTTS failed with voice " + voice.getName() + ": " + MaryEngine.firstMessage(e), e);
        }
    }

    @Override
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>(engine.languagesWithVoice());
        languages.removeAll(failedLanguages.keySet());
        return Collections.unmodifiableSet(languages);
    }

    @Override
    public void warmUp() {
        if (closed) {
            throw new IllegalStateException("MaryTtsSynthesizer is closed");
        }
        for (String language : new TreeSet<>(engine.languagesWithVoice())) {
            long started = System.nanoTime();
            String text = WARM_UP_TEXT.get(language);
            try {
                synthesize(text, language);   // starts MaryTTS's modules for the language
                synthesize(text, language);   // lets the JIT compile the hot paths
                log.info("warm-up: '{}' ({}) ready in {} ms", language, engine.voice(language).getName(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (SynthesisException e) {
                failedLanguages.put(language, "voice " + engine.voice(language).getName() + " failed its warm-up: "
                        + e.reason());
                log.error("warm-up: '{}' dropped: {}", language, e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            log.info("MaryTtsSynthesizer closed (MaryTTS itself stays loaded until the JVM exits)");
        }
    }

    @Override
    public String toString() {
        return "MaryTtsSynthesizer[languages " + languages() + ", voices from " + voicesDirectory + "]";
    }

    private TelephoneAudio toTelephone(MaryEngine.Pcm pcm) {
        short[] native16 = pcm.samples();
        double[] signal = new double[native16.length];
        for (int i = 0; i < native16.length; i++) {
            signal[i] = native16[i];
        }
        RateConverter resampler = resamplers.computeIfAbsent(pcm.sampleRate(),
                rate -> new RateConverter(rate, TelephoneAudio.SAMPLE_RATE));
        return TelephoneAudio.wrap(Loudness.toTelephoneLevel(resampler.process(signal)));
    }

    private String missingVoice(String language) {
        String failure = failedLanguages.get(language);
        if (failure != null) {
            return failure;
        }
        String skippedJars = engine.skipped().stream()
                .filter(s -> language.equals(s.language()))
                .map(s -> s.jar().getFileName() + " was skipped: " + s.reason())
                .collect(Collectors.joining("; "));
        String suffix = skippedJars.isEmpty() ? "" : " (" + skippedJars + ")";
        if ("fr".equals(language)) {
            return "no French voice: put a MaryTTS French voice jar (e.g. " + FRENCH_VOICE_EXAMPLE + ") in "
                    + voicesDirectory + "/" + suffix;
        }
        return "no voice for language '" + language + "'; this server speaks " + languages() + suffix;
    }

    /** "en", "EN", "en-US", "en_GB" → "en". */
    static String languageOf(String tag) {
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        int separator = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        return separator >= 0 ? lower.substring(0, separator) : lower;
    }
}
