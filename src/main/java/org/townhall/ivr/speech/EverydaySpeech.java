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
 * What callers say besides the menu's phrases, per language: the language model of an open answer is made from
 * both. A Vosk grammar is not a phrase list but the text a small language model (a bigram) is estimated from for
 * the turn; made of the menu's phrases alone, it forces every sound into some phrase, and ordinary words come out as
 * department keywords. Two lists, each built in ({@code speech/<list>-<lang>.txt}) and replaced by a file of the
 * same name in the language's model folder ({@code models/<lang>/everyday.txt}, {@code requests.txt}):
 * <ul>
 *   <li>everyday speech: greetings, the ways a request starts, places, times, the most common words. With them the
 *   phrase reading went from 83.5 % to 89.9 % right on clean lines, with the same wrong transfers;</li>
 *   <li>whole requests to a town hall, as callers word them: words then come out in the order callers say them. On
 *   two held-out spoken sets, right answers rose by 2 to 6 points on clean lines and by 3 on noisy ones
 *   (BENCHMARKS.md).</li>
 * </ul>
 * Languages with neither get the menu's phrases only.
 */
final class EverydaySpeech {
    static final String FILE_NAME = "everyday.txt";
    static final String REQUESTS_FILE_NAME = "requests.txt";
    private static final Map<String, List<String>> LOADED = new ConcurrentHashMap<>();

    private EverydaySpeech() {
    }

    /** The built-in everyday sentences of a language, lower case (empty for a language without a file). */
    static List<String> of(String language) {
        return builtIn("everyday", language);
    }

    /** The built-in requests of a language, lower case (empty for a language without a file). */
    static List<String> requests(String language) {
        return builtIn("requests", language);
    }

    /**
     * Everything an open answer's language model is made from besides the menu's phrases: the everyday sentences,
     * then the requests, each from {@code modelFolder} when it has its own file, else built in.
     */
    static List<String> of(String language, Path modelFolder) {
        List<String> all = new java.util.ArrayList<>(fileOr(modelFolder.resolve(FILE_NAME), of(language)));
        all.addAll(fileOr(modelFolder.resolve(REQUESTS_FILE_NAME), requests(language)));
        return List.copyOf(all);
    }

    /** A model folder's list as last read, to read it again only once it changed (it is looked up at every turn). */
    private record Read(java.nio.file.attribute.FileTime modified, long size, List<String> lines) {
    }

    private static final Map<Path, Read> FILES = new ConcurrentHashMap<>();

    private static List<String> fileOr(Path file, List<String> builtIn) {
        if (!Files.isRegularFile(file)) {
            return builtIn;
        }
        try {
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Read read = FILES.get(file);
            if (read == null || !read.modified().equals(modified) || read.size() != size) {
                read = new Read(modified, size, lines(Files.readString(file, StandardCharsets.UTF_8)));
                FILES.put(file, read);
            }
            return read.lines();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> builtIn(String list, String language) {
        String resource = "/speech/" + list + "-" + language.toLowerCase(Locale.ROOT) + ".txt";
        return LOADED.computeIfAbsent(resource, r -> {
            try (InputStream in = EverydaySpeech.class.getResourceAsStream(r)) {
                return in == null ? List.of() : lines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + r + " from the server's jar: " + e.getMessage(), e);
            }
        });
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
