package org.townhall.ivr.config;

/** Where something was written in a configuration file: used by every error message. */
public record Location(String file, int line) {
    public static final Location UNKNOWN = new Location("<built-in>", 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
