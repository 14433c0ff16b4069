package org.townhall.ivr.simulator;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Number parsing with the semantics of C's {@code sscanf("%d")} and {@code atoi}, as res_agi uses them. */
final class CNum {

    private CNum() {
    }

    /** {@code sscanf(s, "%ld")}: leading blanks, optional sign, at least one digit; trailing garbage ignored. */
    static OptionalLong scanLong(String s) {
        int i = skipBlanks(s, 0);
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            if (value < Long.MAX_VALUE / 10) {
                value = value * 10 + (s.charAt(i) - '0');
            }
            i++;
        }
        if (i == digitsStart) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(negative ? -value : value);
    }

    /** {@code sscanf(s, "%d")} into an int (clamped). */
    static OptionalLong scanInt(String s) {
        OptionalLong v = scanLong(s);
        if (v.isEmpty()) {
            return v;
        }
        return OptionalLong.of(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v.getAsLong())));
    }

    /** {@code atoi(s)}: the leading integer, or 0. */
    static int atoi(String s) {
        return (int) scanInt(s).orElse(0);
    }

    /** {@code sscanf(s, "%lf")}: leading blanks, sign, digits with an optional fraction and exponent. */
    static OptionalDouble scanDouble(String s) {
        int i = skipBlanks(s, 0);
        int start = i;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int mantissa = 0;
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
            mantissa++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && isAsciiDigit(s.charAt(i))) {
                i++;
                mantissa++;
            }
        }
        if (mantissa == 0) {
            return OptionalDouble.empty();
        }
        int end = i;
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expDigits = 0;
            while (j < s.length() && isAsciiDigit(s.charAt(j))) {
                j++;
                expDigits++;
            }
            if (expDigits > 0) {
                end = j;
            }
        }
        try {
            return OptionalDouble.of(Double.parseDouble(s.substring(start, end)));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
