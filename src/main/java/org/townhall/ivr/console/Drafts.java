package org.townhall.ivr.console;

import java.util.Optional;
import org.townhall.ivr.config.TownHall;

/** The configurations a supervisor can try before publishing: the live one, or a saved version. */
public interface Drafts {
    TownHall live();

    /** Saved version {@code n}, if there is one. */
    Optional<TownHall> version(int n);

    /** The live configuration as YAML, to start a draft from (empty when it cannot be read). */
    String liveText();

    /** Only the live configuration (until the versions store is wired in). */
    static Drafts liveOnly(java.util.function.Supplier<TownHall> live) {
        return new Drafts() {
            @Override
            public TownHall live() {
                return live.get();
            }

            @Override
            public Optional<TownHall> version(int n) {
                return Optional.empty();
            }

            @Override
            public String liveText() {
                try {
                    return java.nio.file.Files.readString(java.nio.file.Path.of(live.get().source()));
                } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
                    return "";
                }
            }
        };
    }
}
