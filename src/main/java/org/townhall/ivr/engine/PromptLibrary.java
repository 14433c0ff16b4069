package org.townhall.ivr.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.TownHall;

/**
 * Finds the audio of a prompt: {@code <directory>/<lang>/<prompt-id>.<ext>}. A prompt without audio is
 * replaced by a placeholder sound (logged once), so the call goes on.
 *
 * @param localDirectory    where this server sees the prompts
 * @param asteriskDirectory the same directory as Asterisk sees it (they differ when Asterisk runs elsewhere)
 */
public final class PromptLibrary {
    private static final Logger log = LoggerFactory.getLogger(PromptLibrary.class);
    /** Formats Asterisk plays natively, best first. */
    static final List<String> EXTENSIONS = List.of("wav", "sln", "ulaw", "alaw", "gsm", "g722", "sln16");

    private final Path localDirectory;
    private final String asteriskDirectory;
    private final Sound placeholder;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public PromptLibrary(Path localDirectory, String asteriskDirectory, Sound placeholder) {
        this.localDirectory = localDirectory;
        this.asteriskDirectory = asteriskDirectory.endsWith("/") ? asteriskDirectory.substring(0,
                asteriskDirectory.length() - 1) : asteriskDirectory;
        this.placeholder = placeholder;
    }

    public Sound sound(Prompt prompt, String language) {
        if (hasAudio(prompt.id(), language)) {
            return new Sound(asteriskDirectory + "/" + language + "/" + prompt.id());
        }
        if (warned.add(language + "/" + prompt.id())) {
            log.warn("no audio for prompt '{}' in '{}' (expected {}/{}/{}.wav): playing placeholder '{}' instead",
                    prompt.id(), language, localDirectory, language, prompt.id(), placeholder.path());
        }
        return placeholder;
    }

    private boolean hasAudio(String promptId, String language) {
        Path dir = localDirectory.resolve(language);
        for (String ext : EXTENSIONS) {
            if (Files.isRegularFile(dir.resolve(promptId + "." + ext))) {
                return true;
            }
        }
        return false;
    }

    /** The local WAV file behind a sound of this library (to stream it), if there is one. */
    public Optional<Path> localWav(Sound sound) {
        if (!sound.path().startsWith(asteriskDirectory + "/")) {
            return Optional.empty();
        }
        Path file = localDirectory.resolve(sound.path().substring(asteriskDirectory.length() + 1) + ".wav");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The prompts of a configuration that have no audio yet, as {@code lang/id}. */
    public List<String> missing(TownHall townHall) {
        List<String> missing = new ArrayList<>();
        for (String language : townHall.languages()) {
            missing.addAll(missing(townHall, language));
        }
        return missing;
    }

    /** The prompts of one language that have no audio yet, as {@code lang/id}. */
    public List<String> missing(TownHall townHall, String language) {
        List<String> missing = new ArrayList<>();
        for (Prompt prompt : townHall.allPrompts()) {
            if (!hasAudio(prompt.id(), language)) {
                missing.add(language + "/" + prompt.id());
            }
        }
        return missing;
    }
}
