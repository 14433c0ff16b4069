package org.townhall.ivr.voice;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** American English words, as cmu-slt-hsmm reads them best (checked on MaryTTS's phonemes). */
final class EnglishWording implements TextForSpeech.Wording {
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final long[] SCALES = {1_000_000_000_000_000_000L, 1_000_000_000_000_000L, 1_000_000_000_000L,
            1_000_000_000L, 1_000_000L, 1_000L};
    private static final String[] SCALE_NAMES = {"quintillion", "quadrillion", "trillion", "billion", "million",
            "thousand"};

    @Override
    public String digit(int digit) {
        return UNITS[digit];
    }

    @Override
    public String letter(char upperCase) {
        // a lone "A" is read as the article; "Ay" is the letter's name
        return upperCase == 'A' ? "Ay" : String.valueOf(upperCase);
    }

    @Override
    public String symbol(char symbol) {
        return switch (symbol) {
            case '+' -> "plus";
            case '*' -> "star";
            default -> "pound";
        };
    }

    @Override
    public String number(long value) {
        if (value == Long.MIN_VALUE) {
            throw new IllegalArgumentException("number out of range: " + value);
        }
        if (value < 0) {
            return "minus " + number(-value);
        }
        if (value == 0) {
            return UNITS[0];
        }
        StringBuilder out = new StringBuilder();
        long rest = value;
        for (int i = 0; i < SCALES.length; i++) {
            if (rest >= SCALES[i]) {
                append(out, belowThousand((int) (rest / SCALES[i])) + " " + SCALE_NAMES[i]);
                rest %= SCALES[i];
            }
        }
        if (rest > 0) {
            append(out, belowThousand((int) rest));
        }
        return out.toString();
    }

    /** "first", "twenty second", "thirtieth". */
    String ordinal(int value) {
        String cardinal = number(value);
        int space = cardinal.lastIndexOf(' ');
        String head = cardinal.substring(0, space + 1);
        String last = cardinal.substring(space + 1);
        String ordinal = switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
        return head + ordinal;
    }

    @Override
    public String date(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", the " + ordinal(date.getDayOfMonth())
                + " of " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** 1999 "nineteen ninety nine", 1905 "nineteen oh five", 2000 "two thousand", 2007 "two thousand seven", 2026 "twenty twenty six". */
    @Override
    public String year(int year) {
        if (year >= 1100 && year <= 9999 && !(year % 1000 < 10)) {
            int century = year / 100;
            int rest = year % 100;
            if (rest == 0) {
                return number(century) + " hundred";
            }
            return number(century) + " " + (rest < 10 ? "oh " + UNITS[rest] : number(rest));
        }
        return number(year);
    }

    @Override
    public String time(int hour, int minute) {
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        if (minute == 0 && hour == 12) {
            return "noon";
        }
        int onClock = hour % 12 == 0 ? 12 : hour % 12;
        String minutes = minute == 0 ? "o'clock" : minute < 10 ? "oh " + UNITS[minute] : number(minute);
        String period;
        if (hour < 5) {
            period = "at night";
        } else if (hour < 12) {
            period = "in the morning";
        } else if (hour < 18) {
            period = "in the afternoon";
        } else {
            period = "in the evening";
        }
        return number(onClock) + " " + minutes + " " + period;
    }

    private static String belowThousand(int value) {
        StringBuilder out = new StringBuilder();
        if (value >= 100) {
            append(out, UNITS[value / 100] + " hundred");
            value %= 100;
        }
        if (value >= 20) {
            append(out, TENS[value / 10]);
            value %= 10;
            if (value > 0) {
                append(out, UNITS[value]);
            }
        } else if (value > 0) {
            append(out, UNITS[value]);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String words) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(words);
    }
}
