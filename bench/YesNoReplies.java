// Replies to a confirmation ("Roads and street lighting, is that right?"), heard as a live turn hears them: streamed
// in 20 ms frames into the free-form and phrase recognizers, the turn ending where the live one would, then read by
// ConfirmationAnswer. The phrase reading listens for yes and no only, as live, and a third reading for the request's
// phrases (the caller going on); then without that third reading; with --with-requests, also with yes and no among
// the menu's request phrases and everyday sentences (an open answer) in one phrase reading, the first alternative. Prints, per
// vocabulary, how many replies were read right, wrong (yes for no or no for yes), as the request going on, or as
// nothing, and the median and p95 time from the end of the reply to the end of the turn.
// Render the replies first (MaryTTS, then flite voices):
//   java -cp target/townhall-ivr.jar bench/RenderUtterances.java bench/speech/yes-no.tsv target/bench-yesno-mary
//   java -cp target/townhall-ivr.jar bench/RenderUtterances.java bench/speech/yes-no.tsv target/bench-yesno-rms --flite rms
// Run: java -cp target/townhall-ivr.jar bench/YesNoReplies.java [--with-requests] target/bench-yesno-mary/clean.tsv [more]
import java.nio.file.*;
import java.util.*;
import org.townhall.ivr.audio.WavFile;
import org.townhall.ivr.config.*;
import org.townhall.ivr.engine.*;
import org.townhall.ivr.speech.*;

public class YesNoReplies {
    public static void main(String[] args) throws Exception {
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        var menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
        List<String> requests = SpeechIntents.grammar(SpeechIntents.meanings(menu, townHall, "en"));
        Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
        vocabularies.put("yes/no, the request's rest read apart (live)", ConfirmationAnswer.heardFor("en", requests));
        vocabularies.put("yes/no only", Vocabulary.oneOf(YesNo.answers("en")));
        if (Arrays.asList(args).contains("--with-requests")) {
            // the alternative: the menu's request phrases and everyday sentences listened for too
            vocabularies.put("yes/no and requests", Vocabulary.openAnswer(both(requests)));
        }
        try (VoskSpeechRecognizer vosk = new VoskSpeechRecognizer(SpeechModels.load(Path.of("models"), List.of("en")))) {
            Recognition recognition = new Recognition(vosk, SentenceMeanings.none(), 1);
            for (var v : vocabularies.entrySet()) {
                Map<String, Integer> counts = new TreeMap<>();
                List<Double> waits = new ArrayList<>();
                for (String set : Arrays.stream(args).filter(a -> !a.startsWith("--")).toList()) {
                    Path base = Path.of(set).toAbsolutePath().getParent();
                    for (String line : Files.readAllLines(Path.of(set))) {
                        String[] f = line.split("\t");
                        short[] audio = WavFile.read8k(base.resolve(f[0]));
                        List<Recognition.Reading> readings = new ArrayList<>();
                        double wait = listen(recognition, v.getValue(), audio, readings);
                        waits.add(wait);
                        ConfirmationAnswer answer = ConfirmationAnswer.of("en", readings, false);
                        String result = answer == ConfirmationAnswer.YES || answer == ConfirmationAnswer.NO
                                ? (answer.name().toLowerCase(Locale.ROOT).equals(f[1]) ? "right" : "WRONG")
                                : answer.name().toLowerCase(Locale.ROOT);
                        counts.merge(result, 1, Integer::sum);
                        if (!result.equals("right")) {
                            System.out.printf("  %s %s %s: %s %s%n", v.getKey(), f[0], f[1], result,
                                    readings.stream().map(r -> r.transcript().text()).toList());
                        }
                    }
                }
                Collections.sort(waits);
                System.out.printf("%s: %s; from the end of the reply to the end of the turn: median %.0f ms, p95 %.0f ms%n",
                        v.getKey(), counts, waits.get(waits.size() / 2), waits.get((int) Math.ceil(0.95 * waits.size()) - 1));
            }
        }
    }

    static List<String> both(List<String> requests) {
        List<String> all = new ArrayList<>(YesNo.answers("en"));
        all.addAll(requests);
        return all;
    }

    /** Streams the reply and 3 s of quiet; returns ms from the reply's last sound to the end of the turn. */
    static double listen(Recognition recognition, Vocabulary vocabulary, short[] audio, List<Recognition.Reading> out) {
        short[] all = Arrays.copyOf(audio, audio.length + 3 * 8000);
        try (Recognition.Turn turn = recognition.start("en", vocabulary)) {
            int ended = all.length;
            for (int i = 0; i < all.length; i += 160) {
                short[] frame = Arrays.copyOfRange(all, i, Math.min(all.length, i + 160));
                if (turn.accept(frame, frame.length)) {
                    ended = i + frame.length;
                    break;
                }
            }
            if (turn.heardSpeech()) {
                out.addAll(turn.finish());
            }
            return (ended - lastSound(audio)) / 8.0;
        }
    }

    static int lastSound(short[] audio) {
        for (int end = audio.length; end >= 160; end -= 160) {
            double sum = 0;
            for (int i = end - 160; i < end; i++) sum += (double) audio[i] * audio[i];
            if (Math.sqrt(sum / 160) > 400) return end;
        }
        return audio.length;
    }
}
