package org.townhall.ivr.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.townhall.ivr.speech.SpeechModels;
import org.townhall.ivr.speech.SpeechRecognizer;
import org.townhall.ivr.speech.Transcript;
import org.townhall.ivr.speech.Vocabulary;
import org.townhall.ivr.speech.VoskSpeechRecognizer;
import org.townhall.ivr.voice.MaryTtsSynthesizer;

/** The real voice and the real English model, started once for all tests of a JVM (MaryTTS starts only once). */
final class VoiceRoundTrip {
    private static MaryTtsSynthesizer voice;
    private static VoskSpeechRecognizer recognizer;
    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("0", "zero"), Map.entry("1", "one"),
            Map.entry("2", "two"), Map.entry("3", "three"), Map.entry("4", "four"), Map.entry("5", "five"),
            Map.entry("6", "six"), Map.entry("7", "seven"), Map.entry("8", "eight"), Map.entry("9", "nine"),
            Map.entry("12", "twelve"));

    private VoiceRoundTrip() {
    }

    static synchronized MaryTtsSynthesizer voice() {
        if (voice == null) {
            voice = new MaryTtsSynthesizer(Path.of("voices"));
            voice.warmUp();
        }
        return voice;
    }

    static synchronized SpeechRecognizer recognizer() {
        if (recognizer == null) {
            recognizer = new VoskSpeechRecognizer(SpeechModels.load(Path.of("models"), List.of("en")));
        }
        return recognizer;
    }

    /** What the English model hears in 8 kHz audio, free-form. */
    static String hear(short[] audio) {
        return hear(audio, List.of());
    }

    /** What the English model hears when it only knows {@code vocabulary} (how a caller's answer is checked). */
    static String hear(short[] audio, List<String> vocabulary) {
        return hear(audio, vocabulary.isEmpty() ? Vocabulary.FREE_FORM : Vocabulary.oneOf(vocabulary));
    }

    /** What the English model hears of a turn listening for {@code vocabulary}. */
    static String hear(short[] audio, Vocabulary vocabulary) {
        try (SpeechRecognizer.Utterance u = recognizer().start("en", vocabulary)) {
            // as on a phone line: a moment of quiet before and after the words
            short[] quiet = new short[4000];
            u.accept(quiet, quiet.length);
            u.accept(audio, audio.length);
            u.accept(quiet, quiet.length);
            Transcript t = u.finish();
            return t.text();
        }
    }

    /** What a live turn heard and where it ended (ms into the audio; -1: not before the audio's end). */
    record StreamedTurn(List<Recognition.Reading> readings, long endedAtMs) {
    }

    /** A live turn listening for {@code vocabulary} (one free-form slot), fed {@code audio} in 20 ms frames up to its end. */
    static StreamedTurn stream(short[] audio, Vocabulary vocabulary) {
        Recognition recognition = new Recognition(recognizer(), org.townhall.ivr.speech.SentenceMeanings.none(), 1);
        try (Recognition.Turn turn = recognition.start("en", vocabulary)) {
            long endedAt = -1;
            for (int i = 0; i < audio.length && endedAt < 0; i += 160) {
                short[] frame = java.util.Arrays.copyOfRange(audio, i, Math.min(audio.length, i + 160));
                if (turn.accept(frame, frame.length)) {
                    endedAt = (i + frame.length) / 8;
                }
            }
            return new StreamedTurn(turn.finish(), endedAt);
        }
    }

    /** Lower-case words, digits spelled out, punctuation dropped. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (!w.isEmpty()) {
                out.add(NUMBERS.getOrDefault(w, w));
            }
        }
        return out;
    }

    /** Word error rate: word edits needed to turn {@code heard} into {@code said}, over the words said. */
    static double wordErrorRate(List<String> said, List<String> heard) {
        int[][] d = new int[said.size() + 1][heard.size() + 1];
        for (int i = 0; i <= said.size(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= heard.size(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= said.size(); i++) {
            for (int j = 1; j <= heard.size(); j++) {
                int cost = said.get(i - 1).equals(heard.get(j - 1)) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return said.isEmpty() ? 0 : (double) d[said.size()][heard.size()] / said.size();
    }
}
