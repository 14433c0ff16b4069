package org.townhall.ivr.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What callers say around the words that matter, per language ({@code speech/everyday-<lang>.txt}): greetings, the
 * ways a request starts, places, times, the most common words. A Vosk grammar is not a phrase list but the text a
 * small language model (a bigram) is estimated from for the turn; made of the menu's phrases alone, it forces every
 * sound into some phrase, and ordinary words come out as department keywords. With these sentences added they come
 * out as themselves: on the benchmark set the phrase reading went from 83.5 % to 89.9 % right on clean lines, with
 * the same wrong transfers (BENCHMARKS.md). A file {@code everyday.txt} in the language's model folder replaces the
 * built-in one (how a language without one gets it); languages with neither get the menu's phrases only.
 */
final class EverydaySpeech {
    static final String FILE_NAME = "everyday.txt";
    private static final Map<String, List<String>> LOADED = new ConcurrentHashMap<>();

    private EverydaySpeech() {
    }

    /** The built-in everyday sentences of a language, lower case (empty for a language without a file). */
    static List<String> of(String language) {
        return LOADED.computeIfAbsent(language.toLowerCase(Locale.ROOT), EverydaySpeech::builtIn);
    }

    /** The sentences of {@code modelFolder/everyday.txt} when there is one, else the built-in ones. */
    static List<String> of(String language, Path modelFolder) {
        Path file = modelFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return of(language);
        }
        try {
            return lines(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> builtIn(String language) {
        String resource = "/speech/everyday-" + language + ".txt";
        try (InputStream in = EverydaySpeech.class.getResourceAsStream(resource)) {
            return in == null ? List.of() : lines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + " from the server's jar: " + e.getMessage(), e);
        }
    }

    /** One sentence per line; blank lines and lines starting with # are skipped. */
    private static List<String> lines(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT))
                .toList();
    }
}
