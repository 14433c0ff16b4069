package org.townhall.ivr.cli;

import java.nio.file.Path;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.SpeechIntents;
import picocli.CommandLine.Option;

/** {@code --config FILE}, for commands that work on the town hall's first spoken menu (what callers are asked first). */
final class SpokenMenuOption {
    @Option(names = "--config", defaultValue = "config/townhall.yaml", description = "town hall file (default: ${DEFAULT-VALUE})")
    Path config;

    /** The town hall and its first menu with a speech prompt; the error names the file when it has none. */
    record SpokenMenu(TownHall townHall, Node.Menu menu) {
    }

    SpokenMenu load(String purpose) throws Exception {
        TownHall townHall = ConfigLoader.load(config);
        Node.Menu menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow(() -> new IllegalArgumentException(
                config + " has no menu with a speech-prompt: nothing to " + purpose));
        return new SpokenMenu(townHall, menu);
    }
}
