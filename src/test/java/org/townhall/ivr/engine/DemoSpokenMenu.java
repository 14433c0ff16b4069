package org.townhall.ivr.engine;

import java.nio.file.Path;
import java.util.List;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.SentenceMeanings;

/** The demo town hall's spoken menu, as the routing policy sees it: its phrases, and the meaning of its requests. */
final class DemoSpokenMenu {
    private DemoSpokenMenu() {
    }

    static TownHall townHall() throws Exception {
        return ConfigLoader.load(Path.of("config/townhall.yaml"));
    }

    /** The menu's departments and their phrases in {@code language}. */
    static IntentMatcher phrases(String language) throws Exception {
        TownHall townHall = townHall();
        return new IntentMatcher(SpeechIntents.intents(menu(townHall), townHall, language));
    }

    /** Answers in {@code language} compared by meaning with the menu's phrases and example requests. */
    static MeaningMatcher meaning(String language) throws Exception {
        TownHall townHall = townHall();
        return SentenceMeanings.load(Path.of("models"), List.of(language))
                .matcher(language, SpeechIntents.meanings(menu(townHall), townHall, language));
    }

    private static Node.Menu menu(TownHall townHall) {
        return SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
    }
}
