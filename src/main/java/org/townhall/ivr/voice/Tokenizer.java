package org.townhall.ivr.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences of tokens the way MaryTTS's own tokenizer (JTok, not on Maven Central) would: words, numbers
 * with their inner punctuation ({@code 10.5}, {@code 9:30}, {@code 12/01/2025}), punctuation marks as tokens of their own
 * (they make the pauses), abbreviations and acronyms with their dots ({@code Dr.}, {@code a.m.}), French elisions split
 * ({@code l'accueil} → {@code l'} {@code accueil}). Quotes are dropped; brackets and ellipses become commas.
 */
final class Tokenizer {
    /** MaryXML refuses tokens longer than this (same limit as MaryTTS's JTokeniser). */
    static final int MAX_TOKEN_LENGTH = 100;

    private static final String SENTENCE_END = ".!?";
    private static final String TRAILING = ".,;:!?";
    private static final Pattern ACRONYM = Pattern.compile("(\\p{L}\\.){2,}");
    private static final Pattern FRENCH_ELISION =
            Pattern.compile("(?i)(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(\\p{L}.*)");
    private static final Set<String> FRENCH_UNSPLIT = Set.of("aujourd'hui", "prud'homme", "prud'hommes",
            "presqu'île", "quelqu'un", "quelqu'une");
    private static final Set<String> ENGLISH_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "mt", "jr", "sr",
            "prof", "ave", "vs", "etc", "approx", "dept", "tel");
    private static final Set<String> FRENCH_ABBREVIATIONS = Set.of("m", "mme", "mlle", "dr", "st", "ste", "av", "bd",
            "etc", "tél", "n°");

    private Tokenizer() {
    }

    static List<List<String>> sentences(String text, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String[] chunks = normalise(text).split("\\s+");
        for (String chunk : chunks) {
            if (chunk.isEmpty()) {
                continue;
            }
            for (String token : tokensOf(chunk, french)) {
                current.add(token.length() > MAX_TOKEN_LENGTH ? token.substring(0, MAX_TOKEN_LENGTH) : token);
                if (token.length() == 1 && SENTENCE_END.indexOf(token.charAt(0)) >= 0) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        sentences.removeIf(Tokenizer::onlyPunctuation);
        return sentences;
    }

    private static boolean onlyPunctuation(List<String> sentence) {
        return sentence.stream().noneMatch(t -> t.codePoints().anyMatch(Character::isLetterOrDigit));
    }

    private static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\u2019', '\u2018', '\u02BC', '`' -> b.append('\'');
                case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> b.append(' ');
                case '(', ')', '[', ']', '{', '}' -> b.append(" , ");
                case '\u2026' -> b.append(" , ");
                case '\u2013', '\u2014' -> b.append(" , ");
                case '<', '>' -> b.append(' ');
                default -> b.append(Character.isISOControl(ch) || Character.isSpaceChar(ch) ? ' ' : ch);
            }
        }
        return b.toString().replaceAll("\\.{2,}", " , ");
    }

    private static List<String> tokensOf(String chunk, boolean french) {
        List<String> leading = new ArrayList<>();
        List<String> trailing = new ArrayList<>();
        String word = chunk;
        // leading apostrophes and punctuation (a stray quote or comma stuck to the next word)
        while (!word.isEmpty() && (word.charAt(0) == '\'' || TRAILING.indexOf(word.charAt(0)) >= 0)) {
            if (word.charAt(0) != '\'') {
                leading.add(String.valueOf(word.charAt(0)));
            }
            word = word.substring(1);
        }
        while (!word.isEmpty()) {
            char last = word.charAt(word.length() - 1);
            if (last == '\'') {
                word = word.substring(0, word.length() - 1);
            } else if (TRAILING.indexOf(last) >= 0) {
                if (last == '.' && keepsItsDot(word, french)) {
                    break;
                }
                trailing.add(0, String.valueOf(last));
                word = word.substring(0, word.length() - 1);
            } else {
                break;
            }
        }
        List<String> tokens = new ArrayList<>(leading);
        if (!word.isEmpty()) {
            if (french) {
                splitElisions(word, tokens);
            } else {
                tokens.add(word);
            }
        }
        tokens.addAll(trailing);
        return tokens;
    }

    /** An abbreviation or acronym whose final dot belongs to it rather than ending the sentence. */
    private static boolean keepsItsDot(String word, boolean french) {
        if (ACRONYM.matcher(word).matches()) {
            return true;
        }
        String bare = word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
        return (french ? FRENCH_ABBREVIATIONS : ENGLISH_ABBREVIATIONS).contains(bare);
    }

    private static void splitElisions(String word, List<String> tokens) {
        String rest = word;
        while (!FRENCH_UNSPLIT.contains(rest.toLowerCase(Locale.FRENCH))) {
            Matcher m = FRENCH_ELISION.matcher(rest);
            if (!m.matches()) {
                break;
            }
            tokens.add(m.group(1) + "'");
            rest = m.group(2);
        }
        tokens.add(rest);
    }
}
