package org.townhall.ivr.console.testcall;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.PromptLibrary;
import org.townhall.ivr.engine.Sound;

/** Turns the sounds the engine plays back into the prompts' texts, in the call's language. */
final class PromptTexts {
    record Said(String promptId, String text) {
    }

    private final Map<String, Said> bySound = new HashMap<>();

    PromptTexts(TownHall townHall, PromptLibrary library, String language) {
        for (Prompt prompt : townHall.allPrompts()) {
            String text = prompt.text(language).or(() -> prompt.text(townHall.defaultLanguage())).orElse(prompt.id());
            bySound.putIfAbsent(library.sound(prompt, language).path(), new Said(prompt.id(), text));
        }
    }

    Optional<Said> of(Sound sound) {
        return Optional.ofNullable(bySound.get(sound.path()));
    }
}
