package org.townhall.ivr.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sound files Asterisk would play. Absolute names (no extension) are looked up on disk with the usual
 * extensions; relative names in the sound directories (trying the channel's language first when a directory is a
 * language directory such as {@code .../sounds/en}), then in a tiny built-in table ({@code beep}, {@code silence/N})
 * so that tests do not depend on installed sound packages.
 */
final class SoundLibrary {

    /** A playable sound and its length in 8 kHz samples; {@code file} is null for built-in sounds. */
    record Sound(String name, Path file, long samples) {
        long micros() {
            return Micros.ofSamples(samples);
        }
    }

    static final long BEEP_SAMPLES = 2_000;
    private static final Pattern SILENCE = Pattern.compile("silence/(\\d{1,4})");
    private static final List<String> EXTENSIONS = List.of("wav", "sln", "raw", "ulaw", "alaw", "gsm");

    private final List<Path> directories;
    private final Path recordingRoot;

    SoundLibrary(List<Path> directories, Path recordingRoot) {
        this.directories = List.copyOf(directories);
        this.recordingRoot = recordingRoot;
    }

    Optional<Sound> find(String name, String language) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.startsWith("/")) {
            if (recordingRoot != null) {
                Optional<Sound> rerooted = withExtensions(name, reroot(recordingRoot, name));
                if (rerooted.isPresent()) {
                    return rerooted;
                }
            }
            return withExtensions(name, Path.of(name));
        }
        for (Path dir : directories) {
            Path parent = dir.getParent();
            boolean languageDir = dir.getFileName() != null && dir.getFileName().toString().equals("en");
            if (languageDir && parent != null && language != null && !language.isEmpty() && !language.equals("en")) {
                Optional<Sound> localized = withExtensions(name, parent.resolve(language).resolve(name));
                if (localized.isPresent()) {
                    return localized;
                }
            }
            Optional<Sound> found = withExtensions(name, dir.resolve(name));
            if (found.isPresent()) {
                return found;
            }
        }
        return builtin(name);
    }

    /** The length of a sound used by SAY commands; a missing file counts as {@code fallbackSamples}. */
    long samplesOrDefault(String name, String language, long fallbackSamples) {
        return find(name, language).map(Sound::samples).orElse(fallbackSamples);
    }

    /** An absolute Asterisk path moved under {@code root} ({@code /tmp/x} becomes {@code root/tmp/x}). */
    static Path reroot(Path root, String absolute) {
        String relative = absolute.replaceFirst("^/+", "");
        return root.resolve(relative);
    }

    private static Optional<Sound> withExtensions(String name, Path base) {
        for (String extension : EXTENSIONS) {
            Path file = base.resolveSibling(base.getFileName() + "." + extension);
            if (Files.isRegularFile(file)) {
                try {
                    long samples = AudioFiles.samples(file, AudioFiles.Format.ofExtension(extension).orElseThrow());
                    return Optional.of(new Sound(name, file, samples));
                } catch (IOException e) {
                    // unreadable or malformed: Asterisk cannot open it either; try the next format
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Sound> builtin(String name) {
        if (name.equals("beep")) {
            return Optional.of(new Sound(name, null, BEEP_SAMPLES));
        }
        Matcher m = SILENCE.matcher(name);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            return Optional.of(new Sound(name, null, Integer.parseInt(m.group(1)) * (long) AudioFiles.RATE));
        }
        return Optional.empty();
    }
}
