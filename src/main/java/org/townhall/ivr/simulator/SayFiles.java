package org.townhall.ivr.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sound files Asterisk's English SAY functions play, used to time SAY commands. */
final class SayFiles {

    private SayFiles() {
    }

    /** {@code ast_say_number_full_en}. */
    static List<String> number(long value) {
        List<String> files = new ArrayList<>();
        long num = value;
        if (num < 0) {
            files.add("digits/minus");
            num = -num;
        }
        if (num == 0) {
            files.add("digits/0");
        }
        appendNumber(files, num);
        return files;
    }

    private static void appendNumber(List<String> files, long num) {
        while (num > 0) {
            if (num < 20) {
                files.add("digits/" + num);
                num = 0;
            } else if (num < 100) {
                files.add("digits/" + (num / 10 * 10));
                num %= 10;
            } else if (num < 1_000) {
                files.add("digits/" + (num / 100));
                files.add("digits/hundred");
                num %= 100;
            } else if (num < 1_000_000) {
                appendNumber(files, num / 1_000);
                files.add("digits/thousand");
                num %= 1_000;
            } else if (num < 1_000_000_000) {
                appendNumber(files, num / 1_000_000);
                files.add("digits/million");
                num %= 1_000_000;
            } else {
                appendNumber(files, num / 1_000_000_000);
                files.add("digits/billion");
                num %= 1_000_000_000;
            }
        }
    }

    /** {@code ast_say_digit_str}: digits, star, pound, minus; anything else is skipped. */
    static List<String> digits(String text) {
        List<String> files = new ArrayList<>();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*' -> files.add("digits/star");
                case '#' -> files.add("digits/pound");
                case '-' -> files.add("digits/minus");
                default -> {
                    if (c >= '0' && c <= '9') {
                        files.add("digits/" + c);
                    }
                }
            }
        }
        return files;
    }

    /** {@code ast_say_character_str}. */
    static List<String> alpha(String text) {
        List<String> files = new ArrayList<>();
        for (char c : text.toCharArray()) {
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                files.add("letters/" + lower);
            } else if (c >= '0' && c <= '9') {
                files.add("digits/" + c);
            } else {
                String name = switch (c) {
                    case '*' -> "digits/star";
                    case '#' -> "digits/pound";
                    case '-' -> "letters/dash";
                    case '.' -> "letters/dot";
                    case '@' -> "letters/at";
                    case '$' -> "letters/dollar";
                    case '+' -> "letters/plus";
                    case '=' -> "letters/equals";
                    case '/' -> "letters/slash";
                    case ' ' -> "letters/space";
                    case '!' -> "letters/exclaimation-point";
                    default -> null;
                };
                if (name != null) {
                    files.add(name);
                }
            }
        }
        return files;
    }

    /** {@code ast_say_phonetic_str}. */
    static List<String> phonetic(String text) {
        List<String> files = new ArrayList<>();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                files.add("phonetic/" + c + "_p");
            } else if (c >= '0' && c <= '9') {
                files.add("digits/" + c);
            }
        }
        return files;
    }

    /** Roughly what SAY DATE plays: weekday, month, day. */
    static List<String> date() {
        return List.of("digits/day-0", "digits/mon-0", "digits/h-1");
    }

    /** Roughly what SAY TIME plays: hour, minutes, a.m./p.m. */
    static List<String> time() {
        return List.of("digits/1", "digits/30", "digits/a-m");
    }

    /** Roughly what SAY DATETIME plays with its default format. */
    static List<String> dateTime() {
        List<String> files = new ArrayList<>(date());
        files.add("digits/2");
        files.add("digits/at");
        files.addAll(time());
        return files;
    }
}
