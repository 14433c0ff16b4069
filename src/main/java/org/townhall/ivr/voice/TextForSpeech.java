package org.townhall.ivr.voice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Writes numbers, dates and times as words that MaryTTS reads right, in English or French. MaryTTS guesses from digits
 * alone ("0612" is "six hundred twelve", "555-1234" a range, "12/01/2025" the American way, "9:30" gets an "a m"), so
 * prompts that matter spell them out:
 *
 * <pre>{@code
 * TextForSpeech en = TextForSpeech.forLanguage("en");
 * "Your ticket number is " + en.digits("A-4071") + "."   // "Ay, four zero seven one"
 * "We open " + en.date(LocalDate.of(2026, 12, 1))        // "Tuesday, the first of December"
 *     + " at " + en.time(LocalTime.of(9, 30)) + "."      // "nine thirty in the morning"
 * }</pre>
 *
 * Output is plain words separated by spaces (no hyphens, no digits), with commas where a pause helps. Immutable.
 */
public final class TextForSpeech {
    private final String language;
    private final Wording wording;

    private TextForSpeech(String language, Wording wording) {
        this.language = language;
        this.wording = wording;
    }

    /**
     * For {@code "en"} or {@code "fr"} (regions such as {@code "fr-FR"} accepted).
     *
     * @throws IllegalArgumentException for any other language
     */
    public static TextForSpeech forLanguage(String language) {
        Objects.requireNonNull(language, "language");
        String lang = MaryTtsSynthesizer.languageOf(language);
        return switch (lang) {
            case "en" -> new TextForSpeech(lang, new EnglishWording());
            case "fr" -> new TextForSpeech(lang, new FrenchWording());
            default -> throw new IllegalArgumentException("no wording for language '" + language + "' (en, fr)");
        };
    }

    public String language() {
        return language;
    }

    /**
     * Digits one by one, for phone and ticket numbers: {@code "06 12"} → "zero six, one two". Spaces, dots, dashes and
     * slashes become short pauses; letters are spelled; {@code +}, {@code *} and {@code #} are named; anything else is
     * left out.
     *
     * @throws IllegalArgumentException if nothing sayable is left
     */
    public String digits(CharSequence characters) {
        Objects.requireNonNull(characters, "characters");
        StringBuilder out = new StringBuilder();
        boolean pause = false;
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            String word;
            if (c >= '0' && c <= '9') {
                word = wording.digit(c - '0');
            } else if (Character.isLetter(c)) {
                word = wording.letter(Character.toUpperCase(c));
            } else if (c == '+' || c == '*' || c == '#') {
                word = wording.symbol(c);
            } else {
                pause |= c == ' ' || c == '.' || c == '-' || c == '/' || c == ',';
                continue;
            }
            if (out.length() > 0) {
                out.append(pause ? ", " : " ");
            }
            out.append(word);
            pause = false;
        }
        if (out.length() == 0) {
            throw new IllegalArgumentException("no digit or letter to say in \"" + characters + "\"");
        }
        return out.toString();
    }

    /** A whole number: 245 → "two hundred forty five" / "deux cent quarante cinq"; negative numbers get "minus"/"moins". */
    public String number(long value) {
        return wording.number(value);
    }

    /** Weekday, day and month: "Tuesday, the first of December" (the comma keeps the weekday clear) / "mardi premier décembre". */
    public String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return wording.date(date);
    }

    /** {@link #date} followed by the year: "… December twenty twenty six" / "… décembre deux mille vingt six". */
    public String dateWithYear(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return wording.date(date) + " " + wording.year(date.getYear());
    }

    /**
     * A time of day, to the minute: "nine thirty in the morning", "two o'clock in the afternoon", "noon" /
     * "neuf heures trente", "quatorze heures", "midi".
     */
    public String time(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return wording.time(time.getHour(), time.getMinute());
    }

    @Override
    public String toString() {
        return "TextForSpeech[" + language + "]";
    }

    /** One language's words. */
    interface Wording {
        String digit(int digit);

        String letter(char upperCase);

        String symbol(char symbol);

        String number(long value);

        String date(LocalDate date);

        String year(int year);

        String time(int hour, int minute);
    }
}
