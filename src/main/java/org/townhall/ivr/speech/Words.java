package org.townhall.ivr.speech;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word handling for matching what callers say: lower case, no accents, light stemming, no filler words. */
final class Words {
    private static final Set<String> FILLER = new java.util.HashSet<>(java.util.Arrays.asList(
            // en
            "a", "an", "the", "my", "i", "i'm", "im", "is", "are", "was", "in", "on", "of", "to", "for", "and", "at", "it",
            "its", "it's", "there", "this", "that", "me", "we", "our", "your", "with", "be", "have", "has", "had", "do",
            "does", "would", "like", "want", "need", "please", "hello", "hi", "about", "from", "by", "some", "so", "um",
            "uh", "er", "just", "call", "calling", "can", "could", "you", "get", "got", "what",
            "how", "who", "where", "when", "there's", "thing", "one", "up", "out", "again", "new",
            // fr
            "le", "la", "les", "un", "une", "des", "de", "du", "d", "l", "je", "j", "mon", "ma", "mes", "est", "et", "a",
            "au", "aux", "en", "pour", "pas", "ne", "n", "il", "y", "c", "ce", "qui", "que", "qu", "sur", "dans", "voudrais",
            "veux", "besoin", "bonjour", "svp", "plait", "s", "me", "m", "t", "jusqu", "lorsqu", "puisqu", "avec", "nous",
            "vous", "on", "ai", "plus", "moi", "chez", "ca", "cette", "ces", "sa", "son", "ses", "leur", "leurs", "tout",
            "tous", "toute", "tres", "aussi", "encore", "deja", "bien", "euh", "alors", "donc", "mais", "ou", "quand",
            "quoi", "si", "etre", "avoir", "fait", "faire", "peux", "peut", "pouvez", "aimerais", "souhaite", "merci",
            "madame", "monsieur", "ils", "elle", "elles", "lui", "y'a", "comme", "par", "depuis", "vraiment"));

    private Words() {
    }

    /** True for words that carry no request ("the", "please", "bonjour"), as matching ignores them. */
    static boolean isFiller(String token) {
        return FILLER.contains(token);
    }

    /** The meaningful words of a text, normalised and stemmed. */
    static List<String> content(String text) {
        List<String> out = new ArrayList<>();
        for (String w : tokens(text)) {
            if (!FILLER.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static List<String> tokens(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> out = new ArrayList<>();
        for (String w : plain.split("[^a-z0-9']+")) {
            String t = w.replaceAll("^'+|'+$", "");
            java.util.regex.Matcher elided = ELISION.matcher(t);
            if (elided.matches()) {
                out.add(elided.group(1));
                t = elided.group(2);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** French elision: "l'accueil" is "l'" + "accueil", so it matches the phrase "accueil". */
    private static final java.util.regex.Pattern ELISION = java.util.regex.Pattern.compile(
            "(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(.+)");

    private static final java.util.regex.Pattern ISE = java.util.regex.Pattern.compile(
            "(.{3,})is(e|es|ed|ing|ation|ations)$");
    private static final java.util.regex.Pattern OUR = java.util.regex.Pattern.compile("(.{3,})our(s|ed|ing|hood)?$");
    private static final java.util.regex.Pattern TRE = java.util.regex.Pattern.compile("(.{3,})tre(s)?$");

    /**
     * One spelling for British and American English: the recognizer writes American words ("vandalized",
     * "neighbors", "center") while town halls write British ones. Applied to both sides of a match, so the rare
     * word it bends ("premises" → "premizes") still matches itself.
     */
    static String american(String w) {
        java.util.regex.Matcher m = ISE.matcher(w);
        if (m.matches()) {
            return m.group(1) + "iz" + m.group(2);
        }
        m = OUR.matcher(w);
        if (m.matches()) {
            return m.group(1) + "or" + (m.group(2) == null ? "" : m.group(2));
        }
        m = TRE.matcher(w);
        if (m.matches()) {
            return m.group(1) + "ter" + (m.group(2) == null ? "" : m.group(2));
        }
        return w;
    }

    /** Light stemming: enough to match plurals and common endings in English and French. */
    /** Words the suffix rules would fold into another word ("carer" and "care" are not "car", a carer is not care). */
    private static final java.util.Map<String, String> STEM_EXCEPTIONS = java.util.Map.of(
            "care", "care", "cares", "care", "cared", "care", "carer", "carer", "carers", "carer", "caring", "care");

    static String stem(String word) {
        String w = american(word);
        String exception = STEM_EXCEPTIONS.get(w);
        if (exception != null) {
            return exception;
        }
        if (w.length() <= 3) {
            return w;
        }
        for (String suffix : new String[] {"ations", "ation", "ments", "ment", "ings", "ing", "ies", "ers", "er", "es",
                "ed", "s", "x", "e"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String base = w.substring(0, w.length() - suffix.length());
                return suffix.equals("ies") ? base + "y" : base;
            }
        }
        return w;
    }
}
