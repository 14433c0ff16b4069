package org.townhall.ivr.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.voice.SpeechSynthesizer;
import org.townhall.ivr.voice.SynthesisException;
import org.townhall.ivr.voice.TextForSpeech;

/**
 * Sentences that change from call to call (a phone number digit by digit, a reference number), synthesised in
 * the caller's language and cached by text in {@code <dir>/<lang>/}, where Asterisk plays them from. Empty when
 * there is no voice for the language: the caller then hears Asterisk's own recorded digits.
 */
public final class DynamicSpeech {
    private static final Logger log = LoggerFactory.getLogger(DynamicSpeech.class);
    /** No synthesis: Asterisk's SAY commands are used. */
    public static final DynamicSpeech NONE = new DynamicSpeech(null, Path.of("."), ".");

    private final SpeechSynthesizer synthesizer;
    private final Path localDirectory;
    private final String asteriskDirectory;
    private final Map<String, Sound> cache = new ConcurrentHashMap<>();

    /**
     * @param localDirectory    where this server writes the audio
     * @param asteriskDirectory the same directory as Asterisk sees it
     */
    public DynamicSpeech(SpeechSynthesizer synthesizer, Path localDirectory, String asteriskDirectory) {
        this.synthesizer = synthesizer;
        this.localDirectory = localDirectory;
        this.asteriskDirectory = asteriskDirectory;
    }

    Optional<Sound> digits(String digits, String language) {
        return speakable(language) ? sound(TextForSpeech.forLanguage(language).digits(digits), language) : Optional.empty();
    }

    Optional<Sound> number(long number, String language) {
        return speakable(language) ? sound(TextForSpeech.forLanguage(language).number(number), language) : Optional.empty();
    }

    private boolean speakable(String language) {
        return synthesizer != null && synthesizer.languages().contains(language);
    }

    /** The audio of {@code text}, synthesised once and kept. */
    Optional<Sound> sound(String text, String language) {
        String key = language + "/" + hash(text);
        Sound known = cache.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Path file = localDirectory.resolve(key + ".wav");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                synthesizer.synthesize(text, language).writeWav(file);
            }
            Sound sound = new Sound(asteriskDirectory + "/" + key);
            cache.put(key, sound);
            return Optional.of(sound);
        } catch (SynthesisException | IOException e) {
            log.error("could not say \"{}\" in {}: {} (Asterisk's own voice is used instead)", text, language, e.getMessage());
            return Optional.empty();
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
