package org.townhall.ivr.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence models per language: {@code models/<lang>/meaning/} when a town hall drops one there, else for
 * English the model bundled in the jar. Maven Central has no French one, so French answers are understood by the
 * menu's phrases alone unless a model is dropped in (see models/README.md).
 */
public final class SentenceMeanings {
    private static final Logger log = LoggerFactory.getLogger(SentenceMeanings.class);
    public static final String DIRECTORY = "meaning";
    private static final String BUNDLED_LANGUAGE = "en";
    /** One bundled English model per process: every server, test call and benchmark shares it. */
    private static SentenceEncoder bundled;

    private static final SentenceMeanings NONE = new SentenceMeanings(Map.of());

    private final Map<String, SentenceEncoder> encoders;

    private SentenceMeanings(Map<String, SentenceEncoder> encoders) {
        this.encoders = Map.copyOf(encoders);
    }

    /** No sentence model for any language: answers are understood by phrases alone. */
    public static SentenceMeanings none() {
        return NONE;
    }

    /** The sentence model of each of {@code languages}, as found under {@code modelsDirectory}; logs the others. */
    public static SentenceMeanings load(Path modelsDirectory, Collection<String> languages) {
        Map<String, SentenceEncoder> encoders = new TreeMap<>();
        for (String language : languages) {
            Path dir = modelsDirectory.resolve(language).resolve(DIRECTORY);
            long start = System.nanoTime();
            try {
                SentenceEncoder encoder = Files.isRegularFile(dir.resolve(SentenceEncoder.MODEL_FILE))
                        ? SentenceEncoder.fromDirectory(dir)
                        : hasModel(modelsDirectory, language) ? bundledEnglish() : null;
                if (encoder == null) {
                    log.info("no sentence model for '{}' in {}: its answers are understood by the menu's phrases "
                            + "alone (see models/README.md to add one)", language, dir);
                    continue;
                }
                encoder.encode("a first sentence, to check that the model runs");
                encoders.put(language, encoder);
                log.info("sentence model '{}': {}, ready in {} ms", language, encoder,
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                log.error("sentence model for '{}' could not be loaded from {} ({}): its answers are understood by the "
                        + "menu's phrases alone", language, dir, e.toString());
            }
        }
        return new SentenceMeanings(encoders);
    }

    /** True when answers in {@code language} will be understood by meaning: a model dropped in, or built in. */
    public static boolean hasModel(Path modelsDirectory, String language) {
        return language.equals(BUNDLED_LANGUAGE)
                || Files.isRegularFile(modelsDirectory.resolve(language).resolve(DIRECTORY).resolve(SentenceEncoder.MODEL_FILE));
    }

    private static synchronized SentenceEncoder bundledEnglish() {
        if (bundled == null) {
            bundled = SentenceEncoder.bundledEnglish();
        }
        return bundled;
    }

    /** A matcher of answers in {@code language} to {@code intents} (intent → phrases), with no opinion if no model. */
    public MeaningMatcher matcher(String language, Map<String, List<String>> intents) {
        SentenceEncoder encoder = encoders.get(language);
        return encoder == null ? MeaningMatcher.none() : MeaningMatcher.of(encoder, intents);
    }

    public java.util.Set<String> languages() {
        return encoders.keySet();
    }
}
