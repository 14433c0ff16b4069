package org.townhall.ivr.config;

import java.util.Map;
import java.util.Optional;

/**
 * Something the IVR says, with its text per language. The audio is looked up by {@link #id()} in
 * {@code voice-prompts/<lang>/<id>.wav} (recorded by a person, or rendered from the text).
 */
public record Prompt(String id, Map<String, String> texts, Location location) {
    public Prompt {
        texts = Map.copyOf(texts);
    }

    public Optional<String> text(String language) {
        return Optional.ofNullable(texts.get(language));
    }
}
