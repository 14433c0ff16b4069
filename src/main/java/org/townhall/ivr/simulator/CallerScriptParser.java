package org.townhall.ivr.simulator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the caller-script text grammar documented on {@link CallerScript}. */
final class CallerScriptParser {

    private CallerScriptParser() {
    }

    static List<CallerAction> parse(String text) {
        List<CallerAction> actions = new ArrayList<>();
        int index = 0;
        for (String raw : splitActions(text)) {
            String action = raw.strip();
            if (action.isEmpty()) {
                continue;
            }
            index++;
            try {
                actions.add(parseAction(words(action)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "caller script, action " + index + " ('" + action + "'): " + e.getMessage(), e);
            }
        }
        return actions;
    }

    private static List<String> splitActions(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == ';' || c == '\n' || c == '\r')) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static List<String> words(String action) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : action.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static CallerAction parseAction(List<String> w) {
        String verb = w.get(0).toLowerCase(Locale.ROOT);
        switch (verb) {
            case "press": {
                if (w.size() < 2) {
                    throw new IllegalArgumentException("press needs the keys, e.g. 'press 2'");
                }
                Options o = options(w, 2, "after");
                return new CallerAction.Press(w.get(1).toUpperCase(Locale.ROOT),
                        o.after != null ? o.after : CallerAction.DEFAULT_PRESS_AFTER);
            }
            case "silence":
                options(w, 1);
                return new CallerAction.Silence();
            case "speak": {
                if (w.size() < 2) {
                    throw new IllegalArgumentException("speak needs a WAV file, e.g. 'speak /tmp/message.wav'");
                }
                Options o = options(w, 2, "until", "after");
                return new CallerAction.Speak(Path.of(w.get(1)), o.until, o.after);
            }
            case "hangup":
                return hangup(w);
            case "dial": {
                if (w.size() < 2) {
                    throw new IllegalArgumentException(
                            "dial needs an outcome: answer, busy, noanswer, congestion or chanunavail");
                }
                CallerAction.DialOutcome outcome;
                try {
                    outcome = CallerAction.DialOutcome.valueOf(w.get(1).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown dial outcome '" + w.get(1)
                            + "'; expected answer, busy, noanswer, congestion or chanunavail");
                }
                Options o = outcome == CallerAction.DialOutcome.ANSWER
                        ? options(w, 2, "after", "talk") : options(w, 2, "after");
                return new CallerAction.Dial(outcome, o.after, o.talk);
            }
            default:
                throw new IllegalArgumentException(
                        "unknown action '" + w.get(0) + "'; expected press, silence, speak, hangup or dial");
        }
    }

    /** {@code hangup [during COMMAND WORDS] [after MS]}. */
    private static CallerAction hangup(List<String> w) {
        Duration after = CallerAction.DEFAULT_HANGUP_AFTER;
        StringBuilder during = null;
        int i = 1;
        while (i < w.size()) {
            String word = w.get(i).toLowerCase(Locale.ROOT);
            if (word.equals("during") && during == null) {
                during = new StringBuilder();
                i++;
                while (i < w.size() && !w.get(i).equalsIgnoreCase("after")) {
                    during.append(during.length() == 0 ? "" : " ").append(w.get(i));
                    i++;
                }
                if (during.length() == 0) {
                    throw new IllegalArgumentException("'during' needs a command, e.g. 'hangup during stream file'");
                }
            } else if (word.equals("after")) {
                if (i + 1 >= w.size()) {
                    throw new IllegalArgumentException("'after' needs a duration in milliseconds");
                }
                after = duration(w.get(i + 1));
                i += 2;
            } else {
                throw new IllegalArgumentException("unexpected '" + w.get(i) + "'; expected during or after");
            }
        }
        return new CallerAction.Hangup(after, during == null ? null : during.toString());
    }

    private static final class Options {
        Duration after;
        Duration until;
        Duration talk;
    }

    private static Options options(List<String> w, int from, String... allowed) {
        Options o = new Options();
        List<String> names = List.of(allowed);
        for (int i = from; i < w.size(); i += 2) {
            String name = w.get(i).toLowerCase(Locale.ROOT);
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unexpected '" + w.get(i) + "'"
                        + (names.isEmpty() ? "" : "; expected " + String.join(" or ", names)));
            }
            if (i + 1 >= w.size()) {
                throw new IllegalArgumentException("'" + name + "' needs a duration in milliseconds");
            }
            Duration d = duration(w.get(i + 1));
            switch (name) {
                case "after" -> o.after = d;
                case "until" -> o.until = d;
                default -> o.talk = d;
            }
        }
        return o;
    }

    /** "300", "1381.5", "300ms", "1.5s". */
    static Duration duration(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        BigDecimal nanosPerUnit = BigDecimal.valueOf(1_000_000);
        if (t.endsWith("ms")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
            nanosPerUnit = BigDecimal.valueOf(1_000_000_000);
        }
        try {
            BigDecimal value = new BigDecimal(t);
            if (value.signum() < 0) {
                throw new IllegalArgumentException("'" + text + "' is negative");
            }
            return Duration.ofNanos(value.multiply(nanosPerUnit).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration in milliseconds");
        }
    }
}
