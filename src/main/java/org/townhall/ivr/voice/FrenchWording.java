package org.townhall.ivr.voice;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * French words, written for MaryTTS's French phonemiser rather than for the eye: spaces instead of hyphens
 * ("dix sept"), and "quatre vingt" without its plural s, which the phonemiser would pronounce as a g.
 */
final class FrenchWording implements TextForSpeech.Wording {
    private static final String[] UNITS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
            "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf"};
    private static final String[] TENS = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante",
            "quatre vingt", "quatre vingt"};

    @Override
    public String digit(int digit) {
        return UNITS[digit];
    }

    @Override
    public String letter(char upperCase) {
        return String.valueOf(upperCase);
    }

    @Override
    public String symbol(char symbol) {
        return switch (symbol) {
            case '+' -> "plus";
            case '*' -> "étoile";
            default -> "dièse";
        };
    }

    @Override
    public String number(long value) {
        return cardinal(value, false);
    }

    /** Feminine only changes a final "un" to "une": "vingt et une heures". */
    String cardinal(long value, boolean feminine) {
        if (value == Long.MIN_VALUE) {
            throw new IllegalArgumentException("number out of range: " + value);
        }
        if (value < 0) {
            return "moins " + cardinal(-value, feminine);
        }
        if (value == 0) {
            return UNITS[0];
        }
        StringBuilder out = new StringBuilder();
        long rest = value;
        rest = scale(out, rest, 1_000_000_000_000_000L, "trillion");
        rest = scale(out, rest, 1_000_000_000_000L, "billion");
        rest = scale(out, rest, 1_000_000_000L, "milliard");
        rest = scale(out, rest, 1_000_000L, "million");
        if (rest >= 1000) {
            long thousands = rest / 1000;
            // "mille" never takes an s, and "cent" loses its s before it: "deux cent mille"
            append(out, thousands == 1 ? "mille" : belowThousand((int) thousands, false, false) + " mille");
            rest %= 1000;
        }
        if (rest > 0) {
            append(out, belowThousand((int) rest, feminine, true));
        }
        return out.toString();
    }

    @Override
    public String date(LocalDate date) {
        int day = date.getDayOfMonth();
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " "
                + (day == 1 ? "premier" : cardinal(day, false)) + " "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    @Override
    public String year(int year) {
        return cardinal(year, false);
    }

    /** 24-hour clock as spoken: "neuf heures trente", "une heure", "vingt et une heures cinq", "midi", "minuit quinze". */
    @Override
    public String time(int hour, int minute) {
        String hours;
        if (hour == 0) {
            hours = "minuit";
        } else if (hour == 12) {
            hours = "midi";
        } else {
            hours = cardinal(hour, true) + (hour == 1 ? " heure" : " heures");
        }
        return minute == 0 ? hours : hours + " " + cardinal(minute, true);
    }

    private long scale(StringBuilder out, long rest, long size, String name) {
        if (rest >= size) {
            long count = rest / size;
            append(out, cardinal(count, false) + " " + name + (count > 1 ? "s" : ""));
            return rest % size;
        }
        return rest;
    }

    private static String belowThousand(int value, boolean feminine, boolean last) {
        int hundreds = value / 100;
        int rest = value % 100;
        StringBuilder out = new StringBuilder();
        if (hundreds == 1) {
            out.append("cent");
        } else if (hundreds > 1) {
            out.append(UNITS[hundreds]).append(rest == 0 && last ? " cents" : " cent");
        }
        if (rest > 0) {
            append(out, belowHundred(rest, feminine));
        }
        return out.toString();
    }

    private static String belowHundred(int value, boolean feminine) {
        if (value < 20) {
            return value == 1 && feminine ? "une" : UNITS[value];
        }
        int tens = value / 10;
        int unit = value % 10;
        if (tens == 7 || tens == 9) {
            // soixante dix, soixante et onze, quatre vingt dix, quatre vingt onze
            return TENS[tens] + (tens == 7 && unit == 1 ? " et " : " ") + UNITS[10 + unit];
        }
        if (unit == 0) {
            return TENS[tens];
        }
        String unitWord = unit == 1 && feminine ? "une" : UNITS[unit];
        return TENS[tens] + (unit == 1 && tens != 8 ? " et " : " ") + unitWord;
    }

    private static void append(StringBuilder out, String words) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(words);
    }
}
