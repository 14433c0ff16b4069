package org.townhall.ivr.engine;

import java.util.Optional;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;

/**
 * The routing policy for what a caller said: route at once when one department is clearly meant, confirm when
 * unsure, otherwise say so. Scores are about one per meaningful word heard with full confidence.
 */
public record SpeechDecision(Kind kind, String intent, double score, Basis basis) {
    /** A decision on the menu's phrases. */
    public SpeechDecision(Kind kind, String intent, double score) {
        this(kind, intent, score, Basis.PHRASES);
    }

    /**
     * Route at once on about two meaningful words heard with confidence, or on one when it is most of what the
     * caller said ("pothole", "a passport please") — not when it is one word among many ("please hold while I try
     * that extension"), which is confirmed instead.
     */
    static final double ROUTE_SCORE = 1.5;
    static final double ROUTE_SCORE_FOCUSED = 0.9;
    static final double FOCUSED_COVERAGE = 0.5;
    static final double ROUTE_MARGIN = 0.45;
    static final double CONFIRM_SCORE = 0.3;
    /**
     * How close in meaning (mean cosine similarity to a department's nearest phrases) an answer must be to a
     * department for it to be the one asked about when the phrases found none or another one. "Hello" and
     * "just a moment" reach 0.3–0.45 but as close to every department (see the margin); plain requests in words of
     * their own reach 0.5–0.7.
     */
    static final double MEANING_CONFIRM = 0.4;
    /**
     * And how much closer than to any other department: words that mean no request ("hello", "what?") sit almost
     * as close to every department (margins under 0.03). Measured on spoken sets (BENCHMARKS.md, ninth session):
     * 0.03 asks about the right department for more answers than 0.05, without asking "hello" about any.
     */
    static final double MEANING_MARGIN = 0.03;
    /**
     * How much closer to another department than to any other an answer must mean for the phrases' transfer to become
     * a question about that department: plainly, where {@link #MEANING_MARGIN} lets meaning ask when the phrases
     * found nothing or were unsure.
     */
    static final double MEANING_STOPS_ROUTE = 0.1;
    /** How much closer one reading's meaning must be when two readings clearly mean different departments. */
    static final double MEANING_LEAD = 0.1;

    public enum Kind { ROUTE, CONFIRM, NOT_UNDERSTOOD }

    /**
     * What the decision rests on: the menu's phrases ({@code score} about one per meaningful word heard), or the
     * answer's meaning ({@code score} its similarity to the department's nearest phrases, 0.4–1).
     */
    public enum Basis { PHRASES, MEANING }

    /**
     * The decision over every reading of an answer: two readings that agree route (as the stronger of the two
     * would); a department found only with the menu's phrases — where noise makes keywords up — is confirmed; when
     * the readings disagree, reception is confirmed if both heard a request for a person, else the better supported
     * department. Then meaning ({@link #byMeaning}): when the phrases do not route and the readings clearly mean a
     * department, that department is the one asked about; when they route and a reading plainly means another, the
     * caller is asked instead of transferred. On a noisy line nothing is transferred without asking.
     */
    public static SpeechDecision of(IntentMatcher matcher, MeaningMatcher meaning,
                                    java.util.List<Recognition.Reading> readings) {
        SpeechDecision decision = byMeaning(ofReadings(matcher, readings), matcher, new Meanings(meaning), readings);
        // on a noisy line both readings can agree on a made-up word: ask rather than transfer
        boolean noisy = readings.stream().anyMatch(Recognition.Reading::noisyLine);
        return noisy && decision.kind() == Kind.ROUTE ? new SpeechDecision(Kind.CONFIRM, decision.intent(),
                decision.score()) : decision;
    }

    /**
     * The phrases need a department's own words; callers often use others ("it's pitch black on our road at night").
     * When the phrases route to one department and the answer plainly means another, that one is asked about instead.
     * When the phrases did not route (they found nothing, or a department to confirm) and the answer clearly means
     * one department, that department is the one asked about — a question, never a transfer. It may differ from the
     * one the phrases would have asked about: "my passport photo was taken at the police station" is asked about as
     * civil status, not police. Every reading counts: the free-form one hears words as said, the phrase one hears
     * requests worded like the examples best. Not instead of reception for a caller heard asking for a person, unless
     * every reading also heard the department's own words or plainly means it ({@link #personAskedFor}); nor instead
     * of a department one reading heard by its own words as most of the answer.
     */
    private static SpeechDecision byMeaning(SpeechDecision decision, IntentMatcher matcher, Meanings meaning,
                                            java.util.List<Recognition.Reading> readings) {
        if (decision.kind() == Kind.ROUTE) {
            return unlessMeantOtherwise(decision, matcher, meaning, readings);
        }
        // one reading heard the department's own words as most of the answer, with confidence ("vandalism"): the
        // other reading's mishearing ("then journalism") is not enough to ask about another department
        if (decision.kind() == Kind.CONFIRM && readings.stream().anyMatch(r -> routesOnItsOwn(matcher, r, decision))) {
            return decision;
        }
        Optional<MeaningMatcher.Closest> meant = meantByReadings(meaning, readings);
        if (meant.isEmpty() || meant.get().intent().equals(decision.intent())) {
            return decision;
        }
        if (personAskedFor(matcher, meaning, decision, meant.get(), readings)) {
            return decision;
        }
        return new SpeechDecision(Kind.CONFIRM, meant.get().intent(), meant.get().similarity(), Basis.MEANING);
    }

    /** The answer's readings compared by meaning once each: a sentence encoding costs a few milliseconds. */
    private static final class Meanings {
        private final MeaningMatcher matcher;
        private final java.util.Map<String, Optional<MeaningMatcher.Closest>> closest = new java.util.HashMap<>();

        Meanings(MeaningMatcher matcher) {
            this.matcher = matcher;
        }

        Optional<MeaningMatcher.Closest> closest(String text) {
            return closest.computeIfAbsent(text, matcher::closest);
        }
    }

    /** True when the reading holds words of one of the department's phrases. */
    private static boolean heard(IntentMatcher matcher, Recognition.Reading reading, String intent) {
        return matcher.match(reading.transcript()).ranking().stream().anyMatch(s -> s.intent().equals(intent));
    }

    /**
     * The phrases' words can come from a side remark ("... the street hasn't been swept ... in the gutter" has a road
     * in it, "my ID card went through the washing machine" a bulky item): a transfer stands only when no reading
     * plainly ({@value #MEANING_STOPS_ROUTE} closer than to any other) means another department. The department the
     * readings mean is then asked about; the phrases' own department instead when only one reading means another, when
     * a reading heard the department's own words as most of the answer ("vandalism" against a misheard "then
     * journalism"), or when a person was asked for (reception, as {@link #byMeaning} keeps it).
     */
    private static SpeechDecision unlessMeantOtherwise(SpeechDecision route, IntentMatcher matcher,
                                                       Meanings meaning,
                                                       java.util.List<Recognition.Reading> readings) {
        boolean contradicted = readings.stream().anyMatch(r -> clearMeaning(meaning, r)
                .filter(c -> !c.intent().equals(route.intent()) && c.margin() >= MEANING_STOPS_ROUTE).isPresent());
        if (!contradicted) {
            return route;
        }
        SpeechDecision askRouted = new SpeechDecision(Kind.CONFIRM, route.intent(), route.score());
        Optional<MeaningMatcher.Closest> meant = meantByReadings(meaning, readings);
        if (meant.isEmpty() || meant.get().intent().equals(route.intent())
                || meant.get().margin() < MEANING_STOPS_ROUTE
                || readings.stream().anyMatch(r -> routesOnItsOwn(matcher, r, route))
                || personAskedFor(matcher, meaning, route, meant.get(), readings)) {
            return askRouted;
        }
        return new SpeechDecision(Kind.CONFIRM, meant.get().intent(), meant.get().similarity(), Basis.MEANING);
    }

    /**
     * A caller heard asking for a person ("... to reach an operator") keeps reception when the rest of the sentence
     * only seems to be about a department ("the road", misheard from "zero", in one reading). Not when every reading
     * heard that department's words too ("register my daughter for reception class") or plainly means it ("my son
     * has a nut allergy and I need to talk to someone": a person of the schools department).
     */
    private static boolean personAskedFor(IntentMatcher matcher, Meanings meaning, SpeechDecision decision,
                                          MeaningMatcher.Closest meant, java.util.List<Recognition.Reading> readings) {
        return SpeechIntents.RECEPTION.equals(decision.intent()) && readings.stream().anyMatch(r ->
                !heard(matcher, r, meant.intent()) && clearMeaning(meaning, r).filter(c ->
                        c.intent().equals(meant.intent()) && c.margin() >= MEANING_STOPS_ROUTE).isEmpty());
    }

    /**
     * True when this reading alone would route to the decision's department, on its words being most of the answer
     * (not on two words of a long sentence, "car port" misheard in "at Carleton Court").
     */
    private static boolean routesOnItsOwn(IntentMatcher matcher, Recognition.Reading reading, SpeechDecision decision) {
        IntentMatcher.Match match = matcher.match(reading.transcript());
        SpeechDecision alone = of(match);
        return alone.kind() == Kind.ROUTE && alone.intent().equals(decision.intent())
                && match.ranking().stream().anyMatch(s -> s.intent().equals(decision.intent())
                        && s.coverage() >= FOCUSED_COVERAGE);
    }

    /**
     * The department the readings clearly mean: the one they agree on, or, when they mean different ones, the closer
     * if it is {@value #MEANING_LEAD} closer (a reading made of the examples' words, "do waste collection" at 0.75,
     * against a free-form "oh wait the election" at 0.55); none when they are about as close.
     */
    private static Optional<MeaningMatcher.Closest> meantByReadings(Meanings meaning,
                                                                    java.util.List<Recognition.Reading> readings) {
        MeaningMatcher.Closest best = null;
        double rival = -1;
        for (Recognition.Reading reading : readings) {
            Optional<MeaningMatcher.Closest> clear = clearMeaning(meaning, reading);
            if (clear.isEmpty()) {
                continue;
            }
            MeaningMatcher.Closest c = clear.get();
            if (best != null && !c.intent().equals(best.intent())) {
                rival = Math.max(rival, Math.min(c.similarity(), best.similarity()));
            }
            if (best == null || c.similarity() > best.similarity()) {
                best = c;
            }
        }
        return best == null || rival >= 0 && best.similarity() - rival < MEANING_LEAD ? Optional.empty()
                : Optional.of(best);
    }

    private static Optional<MeaningMatcher.Closest> clearMeaning(Meanings meaning, Recognition.Reading reading) {
        return meaning.closest(reading.transcript().text())
                .filter(c -> c.similarity() >= MEANING_CONFIRM && c.margin() >= MEANING_MARGIN);
    }

    private static SpeechDecision ofReadings(IntentMatcher matcher, java.util.List<Recognition.Reading> readings) {
        SpeechDecision free = null;
        SpeechDecision phrases = null;
        int receptionHeard = 0;
        double receptionScore = 0;
        for (Recognition.Reading reading : readings) {
            IntentMatcher.Match match = matcher.match(reading.transcript());
            SpeechDecision d = of(match);
            if (reading.freeForm()) {
                free = d;
            } else {
                phrases = d;
            }
            for (IntentMatcher.Scored scored : match.ranking()) {
                if (scored.intent().equals(SpeechIntents.RECEPTION)) {
                    receptionHeard++;
                    receptionScore += scored.score();
                }
            }
        }
        if (free == null || phrases == null) {
            if (free != null) {
                return free;
            }
            if (phrases == null) {
                return new SpeechDecision(Kind.NOT_UNDERSTOOD, null, 0);
            }
            // phrases alone (the free-form budget is in use): never trusted enough to route without asking
            return phrases.kind() == Kind.ROUTE ? new SpeechDecision(Kind.CONFIRM, phrases.intent(), phrases.score())
                    : phrases;
        }
        boolean freeHeard = free.kind() != Kind.NOT_UNDERSTOOD;
        boolean phrasesHeard = phrases.kind() != Kind.NOT_UNDERSTOOD;
        if (freeHeard && phrasesHeard && free.intent().equals(phrases.intent())) {
            SpeechDecision stronger = free.score() >= phrases.score() ? free : phrases;
            boolean route = free.kind() == Kind.ROUTE || phrases.kind() == Kind.ROUTE;
            return new SpeechDecision(route ? Kind.ROUTE : Kind.CONFIRM, stronger.intent(), stronger.score());
        }
        if (freeHeard && phrasesHeard) {
            // they disagree: a caller both readings heard ask for a person ("operator" in both, a "road" made up by
            // one) is asked about reception; otherwise about the better supported department (the phrase reading
            // often keeps the words that count)
            if (receptionHeard == 2) {
                return new SpeechDecision(Kind.CONFIRM, SpeechIntents.RECEPTION, receptionScore / 2);
            }
            SpeechDecision better = phrases.score() > free.score() ? phrases : free;
            return new SpeechDecision(Kind.CONFIRM, better.intent(), better.score());
        }
        if (freeHeard) {
            return free;
        }
        if (phrasesHeard) {
            return new SpeechDecision(Kind.CONFIRM, phrases.intent(), phrases.score());
        }
        return free;
    }

    public static SpeechDecision of(IntentMatcher.Match match) {
        match = departmentBeforeReception(match);
        if (match.isEmpty() || match.best().score() < CONFIRM_SCORE) {
            return new SpeechDecision(Kind.NOT_UNDERSTOOD, null, match.isEmpty() ? 0 : match.best().score());
        }
        IntentMatcher.Scored best = match.best();
        boolean strong = best.score() >= ROUTE_SCORE
                || (best.score() >= ROUTE_SCORE_FOCUSED && best.coverage() >= FOCUSED_COVERAGE);
        // another department heard by a whole word of its own ("my passport went through the washing machine"):
        // asked, never routed at once
        boolean contested = match.ranking().size() > 1 && match.ranking().get(1).score() >= ROUTE_SCORE_FOCUSED;
        Kind kind = strong && !contested && match.margin() >= ROUTE_MARGIN ? Kind.ROUTE : Kind.CONFIRM;
        return new SpeechDecision(kind, best.intent(), best.score());
    }

    /**
     * "I'd like to talk to someone about my bins": the caller wants a person of that department. When a department
     * is heard with at least one full word besides reception, reception leaves the ranking.
     */
    private static IntentMatcher.Match departmentBeforeReception(IntentMatcher.Match match) {
        boolean department = match.ranking().stream()
                .anyMatch(s -> !s.intent().equals(SpeechIntents.RECEPTION) && s.score() >= ROUTE_SCORE_FOCUSED);
        if (!department || match.isEmpty() || !match.best().intent().equals(SpeechIntents.RECEPTION)) {
            return match;
        }
        return new IntentMatcher.Match(match.ranking().stream()
                .filter(s -> !s.intent().equals(SpeechIntents.RECEPTION)).toList(), match.transcript());
    }
}
