package org.townhall.ivr.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.Recognition;
import org.townhall.ivr.engine.SpeechDecision;
import org.townhall.ivr.engine.SpeechIntents;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.SentenceMeanings;
import org.townhall.ivr.speech.Transcript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Checks a town hall's phrases on written requests, before any recording: what each request would lead to if
 * it were heard word for word. Gaps found here are phrases to add; recognition only loses more.
 */
@Command(name = "phrase-check", mixinStandardHelpOptions = true,
        description = {"Check the phrases of the first spoken menu on written requests: lines",
                "'language<TAB>expected-department<TAB>what the caller says' ('none' when no department fits).",
                "Prints one JSON line per request that does not reach its department directly, then the totals per language."})
final class PhraseCheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--set", required = true, description = "the written requests (TSV)")
    Path set;

    @Mixin
    SpokenMenuOption spoken = new SpokenMenuOption();

    @Option(names = "--models", defaultValue = "models", description = "where sentence models are dropped in "
            + "(<lang>/meaning/; English has one built in) (default: ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--all", description = "print every request, not only those that miss")
    boolean all;

    @Override
    public Integer call() throws Exception {
        SpokenMenuOption.SpokenMenu spokenMenu = spoken.load("check");
        TownHall townHall = spokenMenu.townHall();
        Node.Menu menu = spokenMenu.menu();
        Map<String, IntentMatcher> matchers = new TreeMap<>();
        Map<String, MeaningMatcher> meanings = new TreeMap<>();
        Map<String, RoutingOutcomes> totals = new TreeMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(set)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                System.err.println(set + ":" + lineNumber + ": expected 'language<TAB>expected<TAB>text', got "
                        + fields.length + " field(s)");
                return 2;
            }
            String language = fields[0].strip();
            IntentMatcher matcher = matchers.computeIfAbsent(language,
                    l -> new IntentMatcher(SpeechIntents.intents(menu, townHall, l)));
            MeaningMatcher meaning = meanings.computeIfAbsent(language,
                    l -> SentenceMeanings.load(models, List.of(l)).matcher(l, SpeechIntents.meanings(menu, townHall, l)));
            // as if every word were heard, by one reading
            Recognition.Reading heard = new Recognition.Reading(new Transcript(fields[2], List.of(), List.of()), true,
                    false);
            SpeechDecision decision = SpeechDecision.of(matcher, meaning, List.of(heard));
            String outcome = totals.computeIfAbsent(language, l -> new RoutingOutcomes()).add(fields[1].strip(), decision);
            if (all || !outcome.equals("right") && !outcome.equals("right-no-transfer")) {
                ObjectNode out = JSON.createObjectNode();
                out.put("line", lineNumber);
                out.put("language", language);
                out.put("expected", fields[1].strip());
                out.put("outcome", outcome);
                out.put("department", decision.intent());
                out.put("score", RoutingOutcomes.round(decision.score()));
                out.put("basis", decision.basis().name().toLowerCase(java.util.Locale.ROOT));
                out.put("text", fields[2]);
                System.out.println(JSON.writeValueAsString(out));
            }
        }
        for (var e : totals.entrySet()) {
            ObjectNode o = JSON.createObjectNode();
            o.put("totals", true);
            o.put("language", e.getKey());
            System.out.println(JSON.writeValueAsString(e.getValue().into(o)));
        }
        return 0;
    }
}
