// The routing policy replayed on what speech-bench heard: each JSON line's readings (words and confidences) go
// through SpeechDecision again, with the code and configuration as they are now, without decoding any audio. A
// policy change is judged on several sets in seconds; its outcomes on the recordings are those of a speech-bench run
// with the same readings. Lines whose outcome changed are printed, then the totals per file.
// With --explain, each answer not ending right is printed with what every reading matched and meant.
// Outcomes are named as speech-bench names them (cli/RoutingOutcomes). When speech-bench heard the rest of an answer
// in the next turn (restHeardByNextTurn: the caller went on after a pause), the rest is replayed too, as speech-bench
// counts it (GoingOn.afterRest, Rest.endFor); an answer the replay no longer routes at once but the run did has no
// rest to replay, and a rest heard over another question than the replay would ask (a confirmation, or "Sorry, …")
// is left out.
// Run: java -cp target/townhall-ivr.jar bench/DecisionReplay.java [--config config/townhall.yaml] [--language en]
//      [--models models] [--explain] run1.jsonl [run2.jsonl ...]
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.*;
import java.util.*;
import org.townhall.ivr.config.*;
import org.townhall.ivr.engine.GoingOn;
import org.townhall.ivr.engine.Recognition;
import org.townhall.ivr.engine.SpeechDecision;
import org.townhall.ivr.engine.SpeechIntents;
import org.townhall.ivr.speech.*;

public class DecisionReplay {
    public static void main(String[] args) throws Exception {
        Path config = Path.of("config/townhall.yaml");
        Path models = Path.of("models");
        String language = "en";
        List<Path> runs = new ArrayList<>();
        boolean explain = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--explain")) {
                explain = true;
            } else if (args[i].equals("--config")) {
                config = Path.of(args[++i]);
            } else if (args[i].equals("--models")) {
                models = Path.of(args[++i]);
            } else if (args[i].equals("--language")) {
                language = args[++i];
            } else {
                runs.add(Path.of(args[i]));
            }
        }
        TownHall townHall = ConfigLoader.load(config);
        var menu = SpeechIntents.firstSpokenMenu(townHall).orElseThrow();
        IntentMatcher matcher = new IntentMatcher(SpeechIntents.intents(menu, townHall, language));
        MeaningMatcher meaning = SentenceMeanings.load(models, List.of(language))
                .matcher(language, SpeechIntents.meanings(menu, townHall, language));
        ObjectMapper json = new ObjectMapper();
        for (Path run : runs) {
            Map<String, Integer> counts = new TreeMap<>();
            int changed = 0;
            for (String line : Files.readAllLines(run)) {
                JsonNode row = json.readTree(line);
                if (row.has("totals")) {
                    continue;
                }
                List<Recognition.Reading> readings = readings(row.path("readings"), false);
                String expected = row.path("expected").asText();
                SpeechDecision d = SpeechDecision.of(matcher, meaning, readings);
                JsonNode rest = row.path("restHeardByNextTurn");
                // the rest was heard over the question the run asked: replayed only when the replay asks the same
                boolean sameQuestion = rest.path("firstDecision").asText().equals(
                        d.kind() == SpeechDecision.Kind.CONFIRM ? "confirm" : "not_understood");
                if (d.kind() != SpeechDecision.Kind.ROUTE && rest.has("readings") && sameQuestion) {
                    // runs before readings said whether they were closed: over a confirmation, the phrase reading was
                    d = GoingOn.afterRest(d, readings, readings(rest.path("readings"), d.kind() == SpeechDecision.Kind.CONFIRM),
                            rest.path("msToSpeech").asLong(-1), language, matcher, meaning).endFor(expected);
                }
                String outcome = outcome(expected, d);
                counts.merge(outcome, 1, Integer::sum);
                if (explain && !outcome.startsWith("right")) {
                    System.out.printf("%s %s expected %s: %s (%s %s %.2f)%n", run.getFileName(), row.path("file").asText(),
                            expected, outcome, d.kind(), d.intent(), d.score());
                    for (Recognition.Reading r : readings) {
                        IntentMatcher.Match m = matcher.match(r.transcript());
                        System.out.printf("    %s \"%s\" conf %.2f%s; phrases %s; meaning %s%n",
                                r.freeForm() ? "free   " : "phrases", r.transcript().text(), r.transcript().confidence(),
                                r.noisyLine() ? " (noisy)" : "",
                                m.ranking().stream().limit(3).map(x -> String.format("%s %.2f/%.2f", x.intent(),
                                        x.score(), x.coverage())).toList(),
                                meaning.closest(r.transcript().text()).map(c -> String.format("%s %.2f +%.2f",
                                        c.intent(), c.similarity(), c.margin())).orElse("-"));
                    }
                }
                if (!outcome.equals(row.path("outcome").asText())) {
                    changed++;
                    System.out.printf("%s %s: %s -> %s (%s %s) | %s | %s%n", run.getFileName(),
                            row.path("file").asText(), row.path("outcome").asText(), outcome, d.kind(), d.intent(),
                            row.path("text").asText(), row.path("phrasesText").asText());
                }
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (total == 0) {
                System.out.printf("%s: no answers%n", run.getFileName());
                continue;
            }
            int right = counts.getOrDefault("right", 0) + counts.getOrDefault("right-after-confirmation", 0)
                    + counts.getOrDefault("right-no-transfer", 0);
            System.out.printf("%s: %.1f %% right (%d of %d), %d wrong transfers, %d changed; %s%n", run.getFileName(),
                    100.0 * right / total, right, total, counts.getOrDefault("wrong-transfer", 0), changed, counts);
        }
    }

    /** @param closedUnlessSaid how a phrase reading that does not say whether it is closed was read */
    static List<Recognition.Reading> readings(JsonNode list, boolean closedUnlessSaid) {
        List<Recognition.Reading> readings = new ArrayList<>();
        for (JsonNode r : list) {
            List<Transcript.Word> words = new ArrayList<>();
            for (JsonNode w : r.path("words")) {
                words.add(new Transcript.Word(w.path("word").asText(), w.path("confidence").asDouble(),
                        w.path("endSeconds").asDouble()));
            }
            readings.add(new Recognition.Reading(new Transcript(r.path("text").asText(), words, List.of()),
                    r.path("freeForm").asBoolean(), r.path("noisyLine").asBoolean(),
                    r.has("closed") ? r.path("closed").asBoolean() : closedUnlessSaid && !r.path("freeForm").asBoolean()));
        }
        return readings;
    }

    /** As speech-bench names it. */
    static String outcome(String expected, SpeechDecision d) {
        boolean none = expected.equals("none");
        boolean rightDepartment = !none && expected.equals(d.intent());
        return switch (d.kind()) {
            case ROUTE -> rightDepartment ? "right" : "wrong-transfer";
            case CONFIRM -> rightDepartment ? "right-after-confirmation" : none ? "right-no-transfer" : "keys-after-no";
            default -> none ? "right-no-transfer" : "keys";
        };
    }
}
