package org.townhall.ivr.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.ConfirmationAnswer;
import org.townhall.ivr.engine.GoingOn;
import org.townhall.ivr.engine.Recognition;
import org.townhall.ivr.engine.SpeechDecision;
import org.townhall.ivr.engine.SpeechIntents;
import org.townhall.ivr.engine.TurnLimits;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.SentenceMeanings;
import org.townhall.ivr.speech.SpeechModels;
import org.townhall.ivr.speech.Transcript;
import org.townhall.ivr.speech.VoskSpeechRecognizer;
import org.townhall.ivr.speech.Vocabulary;
import org.townhall.ivr.audio.WavFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures speech routing on a town hall's own recordings: the same recognizer, phrases and decision policy as
 * live calls, one JSON line per utterance, then the totals.
 */
@Command(name = "speech-bench", mixinStandardHelpOptions = true,
        description = {"Measure speech routing on labelled recordings: lines 'wav-path<TAB>expected-department'",
                "(paths relative to the set file; any common WAV: PCM, float or G.711, any rate and channels, heard as",
                "on a phone line at 8 kHz; expected 'none' when no department fits).",
                "A turn that ends before the recording does (a pause mid-request) hears the rest in the next turn, as a",
                "live call would ('restHeardByNextTurn').",
                "Prints one JSON line per utterance, then the totals; a line that cannot be measured is reported on",
                "stderr with its number, left out of the totals, and the exit code is 1."})
final class SpeechBenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The streamed turn gives up waiting for the end of speech after this much silence (then no-input rules apply). */
    private static final int MAX_ENDPOINT_MS = 3000;
    private static final int FRAME = 160;

    @Option(names = "--set", required = true, description = "the labelled set (TSV)")
    Path set;

    @Mixin
    SpokenMenuOption spoken = new SpokenMenuOption();

    @Option(names = "--models", defaultValue = "models", description = "speech models directory (default: ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--language", defaultValue = "en", description = "language of the recordings (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--recognition", defaultValue = "both", description = "both (live calls: free-form and the menu's "
            + "phrases, routed on agreement), phrases (what calls get when the free-form budget is in use) or free-form "
            + "(default: ${DEFAULT-VALUE})")
    String recognition;

    @Override
    public Integer call() throws Exception {
        SpokenMenuOption.SpokenMenu spokenMenu = spoken.load("measure");
        TownHall townHall = spokenMenu.townHall();
        Node.Menu menu = spokenMenu.menu();
        var intents = SpeechIntents.intents(menu, townHall, language);
        var meanings = SpeechIntents.meanings(menu, townHall, language);
        List<String> phrases = SpeechIntents.grammar(meanings);
        IntentMatcher matcher = new IntentMatcher(intents);
        Totals totals = new Totals();
        try (SpeechModels loaded = SpeechModels.load(models, List.of(language))) {
            if (loaded.languages().isEmpty()) {
                System.err.println("no speech model for '" + language + "' in " + models);
                return 1;
            }
            if (!java.util.Set.of("both", "phrases", "free-form").contains(recognition)) {
                System.err.println("--recognition must be both, phrases or free-form");
                return 2;
            }
            MeaningMatcher meaning = SentenceMeanings.load(models, List.of(language)).matcher(language, meanings);
            Recognition passes = new Recognition(new VoskSpeechRecognizer(loaded), SentenceMeanings.none(),
                    recognition.equals("phrases") ? 0 : 1);
            Vocabulary vocabulary = recognition.equals("free-form") ? Vocabulary.FREE_FORM : Vocabulary.openAnswer(phrases);
            Path base = set.toAbsolutePath().getParent();
            List<String> lines = Files.readAllLines(set);
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                String expected = fields.length > 1 && !fields[1].isBlank() ? fields[1].trim() : "none";
                short[] audio;
                try {
                    if (!expected.equals("none") && !intents.containsKey(expected)) {
                        throw new IllegalArgumentException("expected '" + expected + "' is neither a department this menu "
                                + "leads to (" + String.join(", ", intents.keySet()) + ") nor 'none'");
                    }
                    audio = WavFile.read8k(base.resolve(fields[0].trim()));
                } catch (IOException | RuntimeException e) {
                    System.err.println(set + " line " + n + ": " + e.getMessage() + " (left out of the totals)");
                    totals.skipped++;
                    continue;
                }
                Streamed turn = stream(passes, vocabulary, audio);
                long decideStart = System.nanoTime();
                SpeechDecision decision = SpeechDecision.of(matcher, meaning, turn.readings());
                long decideNanos = System.nanoTime() - decideStart;
                double speechEndSample = audio.length - trailingQuietMs(audio) * 8;
                boolean cutShort = turn.endAtSample() >= 0 && turn.endAtSample() < speechEndSample;
                FollowOn followOn = followOn(passes, new SpokenPhrases(matcher, meaning, phrases),
                        new Recording(audio, speechEndSample, expected), turn, decision, decideNanos);
                decision = followOn.decision();
                double toNextPromptMs = followOn.toNextPromptMs();
                List<Recognition.Reading> readings = turn.readings();
                Transcript transcript = readings.isEmpty() ? Transcript.EMPTY : readings.get(0).transcript();
                double audioMs = audio.length / 8.0;
                double totalMs = (turn.nanos() + decideNanos + followOn.nanos()) / 1e6;
                // streamed live, the recognizer keeps up while the caller talks when feeding is faster than real time:
                // what is left after the caller stops is the final step, plus any backlog
                double afterAudioMs = followOn.reply() != null ? followOn.afterAudioMs()
                        : Math.max(0, turn.feedNanos() / 1e6 - audioMs) + (turn.nanos() + decideNanos - turn.feedNanos()) / 1e6;
                String outcome = totals.add(expected, decision, afterAudioMs, totalMs, audioMs, toNextPromptMs, cutShort,
                        followOn.reply() != null);
                ObjectNode out = JSON.createObjectNode();
                out.put("file", fields[0]);
                out.put("expected", expected);
                out.put("decision", decision.kind() == SpeechDecision.Kind.ROUTE ? "department"
                        : decision.kind() == SpeechDecision.Kind.CONFIRM ? "confirmation" : "keys");
                out.put("department", decision.intent());
                out.put("outcome", outcome);
                out.put("turnEndedEarly", cutShort);
                out.put("msTurnEnded", turn.endAtSample() < 0 ? -1 : round(turn.endAtSample() / 8.0));
                out.put("text", transcript.text());
                readings.stream().filter(r -> !r.freeForm()).findFirst()
                        .ifPresent(r -> out.put("phrasesText", r.transcript().text()));
                out.put("confidence", round(transcript.confidence()));
                out.put("score", round(decision.score()));
                out.put("basis", decision.basis().name().toLowerCase(java.util.Locale.ROOT));
                out.put("msAfterAudio", round(afterAudioMs));
                out.put("msSpeechEndToNextPrompt", round(toNextPromptMs));
                out.put("msCpu", round(totalMs));
                out.put("msAudio", round(audioMs));
                out.set("readings", readingsJson(readings));
                if (followOn.reply() != null) {
                    ObjectNode then = out.putObject("restHeardByNextTurn");
                    then.put("msFrom", round(followOn.fromSample() / 8.0));
                    then.put("msToSpeech", followOn.msToSpeech());
                    then.put("reply", followOn.reply());
                    then.put("firstDecision", followOn.first().kind().name().toLowerCase(Locale.ROOT));
                    then.put("firstDepartment", followOn.first().intent());
                    then.set("readings", readingsJson(followOn.rest()));
                }
                System.out.println(JSON.writeValueAsString(out));
            }
        }
        System.out.println(JSON.writeValueAsString(totals.json(recognition)));
        return totals.skipped == 0 ? 0 : 1;
    }

    /**
     * Asterisk's round trip between two turns (hang-up frame, EXEC returns, the next EXEC AudioSocket connects), on
     * top of deciding: the caller's audio in between is heard by nobody.
     */
    private static final int TURN_CHANGE_MS = 40;

    /**
     * The decision as the call goes on, when the turn ended before the recording did (a pause mid-request) and the
     * answer was not routed: the rest of the recording is heard by the next turn, as a live caller who keeps talking
     * is heard over the next prompt. Over a confirmation, the rest may read as a yes or a no (taken as such), or as the
     * request going on ({@link GoingOn}: decided again on the whole); over the second "why are you calling?", it
     * joins what was not understood. Nothing more said, or nothing heard before the turn ended (the caller began too
     * late: a second answer, after the no-input prompt): the first decision stands.
     *
     * @param reply what the next turn made of the rest (yes, no, went-on, nothing, again), null when there was no rest
     */
    private record FollowOn(SpeechDecision decision, SpeechDecision first, String reply, long fromSample,
                            long msToSpeech, List<Recognition.Reading> rest, double toNextPromptMs, double afterAudioMs,
                            long nanos) {
    }

    private FollowOn followOn(Recognition passes, SpokenPhrases menu, Recording recording, Streamed turn,
                              SpeechDecision decision, long decideNanos) {
        double decidedMs = (turn.endingFrameNanos() + turn.finishNanos() + decideNanos) / 1e6;
        short[] audio = recording.audio();
        double firstToNextPrompt = (turn.endAtSample() < 0 ? audio.length + MAX_ENDPOINT_MS * 8 - recording.speechEnd()
                : Math.max(0, turn.endAtSample() - recording.speechEnd())) / 8.0 + decidedMs;
        // the next turn reads the caller's frames from the first whole one after it starts, as an AudioSocket turn
        long from = (turn.endAtSample() + (long) ((decidedMs + TURN_CHANGE_MS) * 8) + FRAME - 1) / FRAME * FRAME;
        FollowOn none = new FollowOn(decision, decision, null, from, -1, List.of(), firstToNextPrompt, 0, 0);
        // no words before the turn ended (no answer in 5 s): the next turn is a second answer, not the rest of one
        if (decision.kind() == SpeechDecision.Kind.ROUTE || turn.readings().isEmpty() || turn.endAtSample() < 0
                || from >= recording.speechEnd()) {
            return none;
        }
        Vocabulary heardWith = recognition.equals("free-form") ? Vocabulary.FREE_FORM
                : decision.kind() == SpeechDecision.Kind.CONFIRM ? ConfirmationAnswer.heardFor(language, menu.phrases())
                : Vocabulary.openAnswer(menu.phrases());
        short[] rest = java.util.Arrays.copyOfRange(audio, (int) from, audio.length);
        Streamed more = stream(passes, heardWith, rest);
        if (more.readings().isEmpty()) {
            return none;
        }
        long start = System.nanoTime();
        long msToSpeech = more.speechStartSample() < 0 ? -1 : more.speechStartSample() / 8;
        GoingOn.Rest after = GoingOn.afterRest(decision, turn.readings(), more.readings(), msToSpeech, language,
                menu.matcher(), menu.meaning());
        SpeechDecision then = after.endFor(recording.expected());
        String reply = after.reply() == null ? "again" : after.reply().name().toLowerCase(Locale.ROOT).replace('_', '-');
        long decided = System.nanoTime() - start;
        double moreDecidedMs = (more.endingFrameNanos() + more.finishNanos() + decided) / 1e6;
        long restEnd = more.endAtSample() < 0 ? rest.length + MAX_ENDPOINT_MS * 8L : more.endAtSample();
        double toNextPrompt = Math.max(0, from + restEnd - recording.speechEnd()) / 8.0 + moreDecidedMs;
        // what the caller waits for after the rest: its backlog, then its end and the decision
        double afterAudio = Math.max(0, more.feedNanos() / 1e6 - rest.length / 8.0)
                + (more.nanos() - more.feedNanos() + decided) / 1e6;
        return new FollowOn(then, decision, reply, from, msToSpeech, more.readings(), toNextPrompt, afterAudio,
                more.nanos() + decided);
    }

    /** The spoken menu the recordings are measured against: its phrases, matched and by meaning. */
    private record SpokenPhrases(IntentMatcher matcher, MeaningMatcher meaning, List<String> phrases) {
    }

    /** One labelled recording: its audio, where its speech ends (in samples), the department expected. */
    private record Recording(short[] audio, double speechEnd, String expected) {
    }

    /**
     * Every reading as the routing policy saw it: free-form or menu phrases, the line's noise, and each word with
     * Vosk's confidence. Enough to judge a policy change on a set without decoding it again.
     */
    static com.fasterxml.jackson.databind.node.ArrayNode readingsJson(List<Recognition.Reading> readings) {
        var array = JSON.createArrayNode();
        for (Recognition.Reading reading : readings) {
            ObjectNode r = array.addObject();
            r.put("freeForm", reading.freeForm());
            r.put("noisyLine", reading.noisyLine());
            r.put("closed", reading.closed());
            var words = r.putArray("words");
            for (Transcript.Word word : reading.transcript().words()) {
                words.addObject().put("word", word.word()).put("confidence", word.confidence())
                        .put("endSeconds", word.endSeconds());
            }
            r.put("text", reading.transcript().text());
        }
        return array;
    }

    /**
     * A recording streamed as a live call streams it, in 20 ms frames: the turn stops listening where it judges the
     * caller has finished, or, the recording over, after the quiet that follows; and, as live turns do
     * ({@link TurnLimits}), after 5 s without a sound (no answer) or 10 s after the first sound (the answer so far).
     *
     * @param endAtSample where the turn ended, in samples from the start (-1: it never ended)
     * @param speechStartSample where the caller was first heard, as the live turn counts it (-1: never)
     * @param feedNanos the time spent on the recording's frames
     * @param endingFrameNanos the time spent on the frame that ended the turn (judging the pause is part of the wait)
     * @param finishNanos the time the readings took once the turn ended
     * @param nanos the whole time, the quiet after the recording included
     */
    private record Streamed(List<Recognition.Reading> readings, long endAtSample, long speechStartSample,
                            long feedNanos, long endingFrameNanos, long finishNanos, long nanos) {
    }

    private Streamed stream(Recognition passes, Vocabulary vocabulary, short[] audio) {
        long start = System.nanoTime();
        long endAtSample = -1;
        long endingFrameNanos = 0;
        long speechStart = -1;
        try (Recognition.Turn turn = passes.start(language, vocabulary)) {
            // the recording, then the quiet that follows it, in 20 ms frames, as long as a live turn would listen
            long feedNanos = 0;
            short[] quiet = new short[FRAME];
            for (long fed = 0; endAtSample < 0 && fed < audio.length + MAX_ENDPOINT_MS * 8L; ) {
                if (fed >= audio.length && feedNanos == 0) {
                    feedNanos = System.nanoTime() - start;
                }
                short[] frame = fed < audio.length
                        ? java.util.Arrays.copyOfRange(audio, (int) fed, (int) Math.min(audio.length, fed + FRAME)) : quiet;
                long frameStart = System.nanoTime();
                boolean ended = turn.accept(frame, frame.length);
                fed += frame.length;
                if (speechStart < 0 && turn.heardSpeech()) {
                    speechStart = fed; // counted as the live turn counts them (StreamingSpeechListener)
                }
                boolean tooLong = speechStart >= 0 && fed - speechStart > TurnLimits.MAX_SPEECH_MS * 8L;
                boolean noInput = speechStart < 0 && fed > TurnLimits.NO_INPUT_MS * 8L;
                if (ended || tooLong || noInput) {
                    endAtSample = fed;
                    endingFrameNanos = System.nanoTime() - frameStart;
                }
            }
            feedNanos = feedNanos == 0 ? System.nanoTime() - start : feedNanos;
            long finishStart = System.nanoTime();
            List<Recognition.Reading> readings = turn.heardSpeech() ? turn.finish() : List.of();
            long end = System.nanoTime();
            return new Streamed(readings, endAtSample, speechStart, feedNanos, endingFrameNanos, end - finishStart,
                    end - start);
        }
    }

    /** How long the recording goes on after the caller's last sound (the end of speech, for latency). */
    static double trailingQuietMs(short[] audio) {
        int frame = 160;
        for (int end = audio.length; end >= frame; end -= frame) {
            double sum = 0;
            for (int i = end - frame; i < end; i++) {
                sum += (double) audio[i] * audio[i];
            }
            if (Math.sqrt(sum / frame) > 400) {
                return (audio.length - end) / 8.0;
            }
        }
        return 0;
    }

    private static double round(double v) {
        return RoutingOutcomes.round(v);
    }

    /** The outcomes, plus how fast: latency after the audio, to the next prompt, CPU over audio time. */
    private static final class Totals {
        final RoutingOutcomes outcomes = new RoutingOutcomes();
        final List<Double> latencies = new ArrayList<>();
        final List<Double> nextPrompt = new ArrayList<>();
        double cpuMs;
        double audioMs;
        int endedBeforeSpeech;
        int restsHeard;
        int skipped;

        String add(String expected, SpeechDecision d, double afterAudioMs, double cpu, double audio, double toNextPrompt,
                boolean cutShort, boolean restHeard) {
            endedBeforeSpeech += cutShort ? 1 : 0;
            restsHeard += restHeard ? 1 : 0;
            nextPrompt.add(toNextPrompt);
            latencies.add(afterAudioMs);
            cpuMs += cpu;
            audioMs += audio;
            return outcomes.add(expected, d);
        }

        ObjectNode json(String mode) {
            ObjectNode o = JSON.createObjectNode();
            o.put("totals", true);
            o.put("mode", mode);
            outcomes.into(o);
            o.put("p50MsAfterAudio", round(percentile(latencies, 0.50)));
            o.put("p95MsAfterAudio", round(percentile(latencies, 0.95)));
            o.put("realTimeFactor", round(cpuMs / Math.max(1, audioMs)));
            o.put("p50MsSpeechEndToNextPrompt", round(percentile(nextPrompt, 0.50)));
            o.put("p95MsSpeechEndToNextPrompt", round(percentile(nextPrompt, 0.95)));
            o.put("turnsEndedEarly", endedBeforeSpeech);
            o.put("restHeardByNextTurn", restsHeard);
            o.put("linesLeftOut", skipped);
            return o;
        }

        private static double percentile(List<Double> values, double p) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.max(0, Math.min(sorted.size() - 1,
                    Math.ceil(p * sorted.size()) - 1)));
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
