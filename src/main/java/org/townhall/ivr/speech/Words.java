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
            "veux", "besoin", "bonjour", "svp", "plait", "s", "me", "m", "avec", "nous", "vous", "on", "ai"));

    private Words() {
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
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Light stemming: enough to match plurals and common endings in English and French. */
    static String stem(String w) {
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
