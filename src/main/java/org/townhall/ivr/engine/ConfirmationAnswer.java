package org.townhall.ivr.engine;

import java.util.List;
import java.util.Optional;
import org.townhall.ivr.speech.AnswerSoFar;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.YesNo;

/**
 * What a caller said to "Roads and street lighting, is that right?": yes, no, the rest of their request (they were
 * still talking: {@link GoingOn}), or nothing usable.
 */
public enum ConfirmationAnswer {
    YES, NO, WENT_ON, NOTHING;

    /** The share of the words heard that must say yes or no. */
    private static final double MOSTLY = 0.5;

    /**
     * Yes or no when one reading starts with a plain one ("yes, it's the lamp outside my house", "no, it's about my
     * bins", "no plates") or is mostly a way of saying it ("that's right", "not at all"), taking the readings in
     * order (free-form first). Else the caller went on when the leading reading asks for something; else nothing. A
     * caller already talking when the question began did not answer it: "right in the middle of the road", "no
     * plates on it" are the request going on.
     */
    public static ConfirmationAnswer of(String language, List<Recognition.Reading> readings, boolean alreadyTalking) {
        IntentMatcher yesNo = new IntentMatcher(YesNo.phrases(language));
        for (Recognition.Reading reading : alreadyTalking ? List.<Recognition.Reading>of() : readings) {
            Optional<String> leading = YesNo.leading(language, reading.transcript().text());
            if (leading.isPresent()) {
                return leading.get().equals(YesNo.YES) ? YES : NO;
            }
            IntentMatcher.Match m = yesNo.match(reading.transcript());
            if (!m.isEmpty() && m.margin() > 0 && m.best().coverage() >= MOSTLY) {
                return m.best().intent().equals(YesNo.YES) ? YES : NO;
            }
        }
        return !readings.isEmpty() && !AnswerSoFar.asksNothingYet(readings.get(0).transcript().text()) ? WENT_ON
                : NOTHING;
    }
}
