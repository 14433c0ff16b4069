package org.townhall.ivr.simulator;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words exactly like res_agi's {@code parse_args}. */
final class AgiArgs {

    private static final int MAX_ARGS = 128;

    private AgiArgs() {
    }

    /**
     * Blanks and tabs separate words; double quotes group words (and start a word after a blank, so {@code ""}
     * is an empty word); a backslash makes the next character literal. Nothing else is special, not even
     * {@code \r}.
     */
    static List<String> parse(String line) {
        List<String> argv = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        boolean escaped = false;
        boolean whitespace = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean literal;
            if (c == '"') {
                if (escaped) {
                    literal = true;
                } else {
                    quoted = !quoted;
                    if (quoted && whitespace) {
                        cur = new StringBuilder();
                        argv.add(null);
                        whitespace = false;
                    }
                    escaped = false;
                    literal = false;
                }
            } else if (c == ' ' || c == '\t') {
                if (!quoted && !escaped) {
                    if (!whitespace) {
                        argv.set(argv.size() - 1, cur.toString());
                    }
                    whitespace = true;
                    literal = false;
                } else {
                    literal = true;
                }
            } else if (c == '\\' && !escaped) {
                escaped = true;
                literal = false;
            } else {
                literal = true;
            }
            if (literal) {
                if (whitespace) {
                    if (argv.size() >= MAX_ARGS - 1) {
                        continue;
                    }
                    cur = new StringBuilder();
                    argv.add(null);
                    whitespace = false;
                }
                cur.append(c);
                escaped = false;
            }
        }
        if (!whitespace) {
            argv.set(argv.size() - 1, cur.toString());
        }
        return argv;
    }
}
