package org.townhall.ivr.store;

import java.util.Locale;

/** Where a configuration version came from: the YAML file at start-up, the console, an import, a roll back. */
public enum VersionOrigin {
    FILE, CONSOLE, IMPORT, ROLLBACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionOrigin ofCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown version origin '" + code + "' (file, console, import, rollback)", e);
        }
    }
}
