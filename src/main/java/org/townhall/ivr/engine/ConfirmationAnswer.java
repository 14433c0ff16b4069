package org.townhall.ivr.engine;

import java.util.List;
import java.util.Optional;
import org.townhall.ivr.speech.AnswerSoFar;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.Vocabulary;
import org.townhall.ivr.speech.YesNo;

/**
 * What a caller said to "Roads and street lighting, is that right?": yes, no, the rest of their request (they were
 * still talking: {@link GoingOn}), or nothing usable. The turn is read free-form and with yes and no as its only
 * phrases (which makes a yes of "us", but also of anything else); a third reading, with the request's phrases, serves
 * only the request going on.
 */
public enum ConfirmationAnswer {
    YES, NO, WENT_ON, NOTHING;

    /** The share of the words heard that must say yes or no. */
    private static final double MOSTLY = 0.5;
    /** A free-form reading with this many meaningful words and no yes or no is a request, not a misheard "yes". */
    private static final int REQUEST_WORDS = 3;

    /**
     * What "Roads and street lighting, is that right?" listens for: yes or no, or, when {@code request} holds the
     * phrases of the request asked about, its rest (the caller paused mid-request and goes on), read apart.
     */
    public static Vocabulary heardFor(String language, List<String> request) {
        Vocabulary yesNo = Vocabulary.oneOf(YesNo.answers(language));
        return request.isEmpty() ? yesNo : yesNo.orGoingOn(request);
    }

    /**
     * A caller already talking when the question began did not answer it: the request going on when the free-form
     * reading asks for something, else nothing. Otherwise, yes or no when the free-form reading starts with a plain one
     * ("yes, it's the lamp outside my house", "no, it's about my bins") or is mostly a way of saying it ("that's
     * right"); the request going on when it asks for something in three meaningful words or more; else yes or no as
     * the yes/no reading heard it ("us please" is "yes please"); else the request going on when the free-form reading
     * (under load, the reading with the request's phrases, in three meaningful words or more) asks for anything; else
     * nothing.
     */
    public static ConfirmationAnswer of(String language, List<Recognition.Reading> readings, boolean alreadyTalking) {
        // the request's words: free-form, else (no free-form reading: under load, or it heard nothing) with the
        // request's phrases, which invent words under noise: only a request of three meaningful words or more
        Optional<String> request = readings.stream().filter(Recognition.Reading::freeForm).findFirst()
                .or(() -> readings.stream().filter(r -> !r.closed())
                        .filter(r -> AnswerSoFar.meaningfulWords(r.transcript().text()) >= REQUEST_WORDS).findFirst())
                .map(r -> r.transcript().text());
        boolean asks = request.isPresent() && !AnswerSoFar.asksNothingYet(request.get());
        if (alreadyTalking) {
            return asks ? WENT_ON : NOTHING;
        }
        IntentMatcher yesNo = new IntentMatcher(YesNo.phrases(language));
        for (Recognition.Reading reading : readings) {
            if (!reading.freeForm() && !reading.closed()) {
                continue; // the request's phrases, read apart: "yes" among them is heard as "us"
            }
            Optional<ConfirmationAnswer> said = yesOrNo(language, yesNo, reading);
            if (said.isPresent()) {
                return said.get();
            }
            if (reading.freeForm() && AnswerSoFar.meaningfulWords(reading.transcript().text()) >= REQUEST_WORDS) {
                return WENT_ON;
            }
        }
        return asks ? WENT_ON : NOTHING;
    }

    private static Optional<ConfirmationAnswer> yesOrNo(String language, IntentMatcher yesNo, Recognition.Reading reading) {
        Optional<String> leading = YesNo.leading(language, reading.transcript().text());
        if (leading.isPresent()) {
            return Optional.of(leading.get().equals(YesNo.YES) ? YES : NO);
        }
        IntentMatcher.Match m = yesNo.match(reading.transcript());
        if (!m.isEmpty() && m.margin() > 0 && m.best().coverage() >= MOSTLY) {
            return Optional.of(m.best().intent().equals(YesNo.YES) ? YES : NO);
        }
        return Optional.empty();
    }
}
