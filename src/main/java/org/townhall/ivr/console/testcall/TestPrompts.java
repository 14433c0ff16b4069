package org.townhall.ivr.console.testcall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.PromptLibrary;
import org.townhall.ivr.engine.Sound;

/**
 * The prompt library of test calls: every prompt of the draft "has audio" (an empty marker file per prompt and
 * language under {@code <dir>/<version>/}), so each prompt is its own sound and maps back to its text, and a test
 * call runs in the language asked for even when its prompts are not recorded yet (the dialogue says so).
 */
final class TestPrompts {
    private final Path directory;

    TestPrompts(Path directory) {
        this.directory = directory;
    }

    PromptLibrary library(TownHall townHall) {
        Path root = directory.resolve(townHall.version().replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            for (String language : townHall.languages()) {
                Path dir = Files.createDirectories(root.resolve(language));
                for (Prompt prompt : townHall.allPrompts()) {
                    Path marker = dir.resolve(prompt.id() + ".wav");
                    if (!Files.exists(marker)) {
                        Files.write(marker, new byte[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the test call's prompts in " + root, e);
        }
        return new PromptLibrary(root, root.toAbsolutePath().toString(), new Sound("silence/1"));
    }
}
