package org.townhall.ivr.speech;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.Model;

/**
 * The words a Vosk model can hear. A word of a turn's grammar that the model does not know is left out of the turn's
 * language model by Vosk, which says so on stderr at every turn; a phrase made only of such words is never heard. The
 * server leaves them out itself (the language model is the same) and names each one once.
 */
public final class ModelWords {
    private static final Logger log = LoggerFactory.getLogger(ModelWords.class);
    /** Every word counts as known: for a model that cannot be asked. */
    static final ModelWords ANY = new ModelWords(null, null);

    private final Model model;
    private final Function findWord;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Set<String> named = ConcurrentHashMap.newKeySet();

    private ModelWords(Model model, Function findWord) {
        this.model = model;
        this.findWord = findWord;
    }

    /** Asks {@code model} through libvosk's {@code vosk_model_find_word}; every word counts as known if it cannot. */
    static ModelWords of(Model model) {
        try {
            // the library exactly as LibVosk registered it (same name and class loader): a second copy would be loaded
            NativeLibrary vosk = NativeLibrary.getInstance("vosk",
                    Map.of(Library.OPTION_CLASSLOADER, LibVosk.class.getClassLoader()));
            return new ModelWords(model, vosk.getFunction("vosk_model_find_word"));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            log.warn("cannot ask the speech model which words it knows ({}): Vosk will name the words it leaves out",
                    e.toString());
            return ANY;
        }
    }

    /** True when the model can hear {@code word} (lower case, as in a grammar). */
    public boolean knows(String word) {
        if (findWord == null) {
            return true;
        }
        // the String is encoded as the grammar is, in JNA's encoding (UTF-8: see SpeechModels)
        return known.computeIfAbsent(word, w -> findWord.invokeInt(new Object[] {model, w}) >= 0);
    }

    /**
     * The words of a phrase that callers can never be heard saying, so that the phrase never matches: meaningful
     * words the model has in none of the forms matching accepts (as written, without accents, in American
     * spelling — "neighbour" is heard as "neighbor" and still matches).
     */
    public Set<String> neverHeard(String phrase) {
        Set<String> never = new LinkedHashSet<>();
        for (String word : VoskSpeechRecognizer.grammarWords(phrase)) {
            if (knows(word)) {
                continue;
            }
            for (String token : Words.tokens(word)) {
                if (!Words.isFiller(token) && !knows(token) && !knows(Words.american(token))) {
                    never.add(word);
                }
            }
        }
        return never;
    }

    /** The words of {@code lines}, read as a grammar reads them, that the model cannot hear, in order. */
    public Set<String> unknown(Collection<String> lines) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String line : lines) {
            for (String word : VoskSpeechRecognizer.grammarWords(line)) {
                if (!knows(word)) {
                    unknown.add(word);
                }
            }
        }
        return unknown;
    }

    /** Of {@code words}, those not named before (each word is named once per model). */
    Set<String> notNamedYet(Set<String> words) {
        Set<String> fresh = new LinkedHashSet<>();
        for (String w : words) {
            if (named.add(w)) {
                fresh.add(w);
            }
        }
        return fresh;
    }
}
