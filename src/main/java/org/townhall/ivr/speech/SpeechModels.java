package org.townhall.ivr.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * The Vosk models found in {@code models/<lang>/}, loaded once and shared by every call (a Vosk model is
 * thread-safe; each utterance gets its own recognizer).
 */
public final class SpeechModels implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SpeechModels.class);

    static {
        // words go to Vosk and come back in UTF-8 whatever the locale: under systemd's default (POSIX) JNA would
        // use ASCII, and every accented word of a French grammar or transcript would be lost
        if (System.getProperty("jna.encoding") == null) {
            System.setProperty("jna.encoding", "UTF-8");
        }
    }

    private final Path directory;
    private final Map<String, Model> models;
    private final Map<String, ModelWords> words = new java.util.concurrent.ConcurrentHashMap<>();
    /** Languages whose model dithers its features itself, at random (no {@code --dither=0} in its mfcc.conf). */
    private final java.util.Set<String> randomDither;

    private SpeechModels(Path directory, Map<String, Model> models, java.util.Set<String> randomDither) {
        this.directory = directory;
        this.models = models;
        this.randomDither = java.util.Set.copyOf(randomDither);
    }

    /** Loads a model for each of {@code languages} that has a folder in {@code directory}; logs the others. */
    public static SpeechModels load(Path directory, List<String> languages) {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        Map<String, Model> models = new TreeMap<>();
        java.util.Set<String> randomDither = new java.util.TreeSet<>();
        for (String language : languages) {
            Path dir = directory.resolve(language);
            if (!isModel(dir)) {
                log.warn("no speech model for '{}' in {}: callers in this language use the keypad "
                        + "(see models/README.md to add one)", language, dir.toAbsolutePath());
                continue;
            }
            long start = System.nanoTime();
            try {
                models.put(language, new Model(dir.toAbsolutePath().toString()));
                log.info("speech model '{}' loaded from {} in {} ms", language, dir, (System.nanoTime() - start) / 1_000_000);
                if (dithersAtRandom(dir)) {
                    randomDither.add(language);
                    log.info("the '{}' speech model adds random noise to its features, so the same recording may be "
                            + "read differently from one run to the next (speech-bench too); for reproducible "
                            + "readings add the line --dither=0 to {} (the server then adds the same faint noise "
                            + "itself, always the same)", language, dir.resolve(MFCC_CONF).toAbsolutePath());
                }
            } catch (java.io.IOException | RuntimeException e) {
                log.error("speech model in {} could not be loaded ({}): '{}' callers use the keypad", dir, e.getMessage(),
                        language);
            }
        }
        return new SpeechModels(directory, models, randomDither);
    }

    /** Where a Vosk model's feature options are. */
    private static final String MFCC_CONF = "conf/mfcc.conf";

    /**
     * Kaldi dithers (random noise of one 16-bit unit) unless the model's feature options set it to zero. They are
     * read as Kaldi reads them: a {@code #} starts a comment, and the last setting of an option wins.
     */
    static boolean dithersAtRandom(Path modelDir) {
        Path conf = modelDir.resolve(MFCC_CONF);
        try {
            String dither = null;
            for (String line : Files.isRegularFile(conf) ? Files.readAllLines(conf) : List.<String>of()) {
                int comment = line.indexOf('#');
                String option = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (option.startsWith("--dither=")) {
                    dither = option.substring("--dither=".length()).strip();
                }
            }
            return dither == null || Double.parseDouble(dither) != 0;
        } catch (java.io.IOException | NumberFormatException e) {
            return true;
        }
    }

    /**
     * True when the model of {@code language} adds its own random noise to the features; else the server adds the
     * same faint noise itself, always the same ({@link Dither}), and a recording always reads the same.
     */
    public boolean dithersAtRandom(String language) {
        return randomDither.contains(language);
    }

    /** A folder looks like a Vosk model when it has the acoustic model and its configuration. */
    public static boolean isModel(Path dir) {
        return Files.isDirectory(dir.resolve("am")) && Files.isDirectory(dir.resolve("conf"));
    }

    public Optional<Model> model(String language) {
        return Optional.ofNullable(models.get(language));
    }

    /** The words the model of {@code language} can hear (every word, for a language without a model). */
    public ModelWords words(String language) {
        Model model = models.get(language);
        return model == null ? ModelWords.ANY : words.computeIfAbsent(language, l -> ModelWords.of(model));
    }

    public java.util.Set<String> languages() {
        return models.keySet();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        models.values().forEach(Model::close);
    }
}
