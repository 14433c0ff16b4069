package org.townhall.ivr.engine;

import java.util.List;
import org.townhall.ivr.speech.AnswerSoFar;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.YesNo;

/**
 * What a caller said to "Roads and street lighting, is that right?": yes, no, the rest of their request (they were
 * still talking: {@link GoingOn}), or nothing usable.
 */
public enum ConfirmationAnswer {
    YES, NO, WENT_ON, NOTHING;

    /**
     * Yes or no when most of what one reading heard is a way of saying it ("yes please", "no that's wrong"), taking the
     * readings in order (free-form first); "no plates" is still a no. Else the caller went on when the leading reading
     * asks for something; else nothing. A caller already talking when the question began did not answer it: "right
     * in the middle of the road" is the request going on, not a yes.
     */
    public static ConfirmationAnswer of(IntentMatcher yesNo, List<Recognition.Reading> readings,
                                        boolean alreadyTalking) {
        for (Recognition.Reading reading : alreadyTalking ? List.<Recognition.Reading>of() : readings) {
            IntentMatcher.Match m = yesNo.match(reading.transcript());
            if (!m.isEmpty() && m.margin() > 0 && m.best().coverage() >= MOSTLY) {
                return m.best().intent().equals(YesNo.YES) ? YES : NO;
            }
        }
        return !readings.isEmpty() && !AnswerSoFar.asksNothingYet(readings.get(0).transcript().text()) ? WENT_ON
                : NOTHING;
    }

    /** The share of the words heard that must say yes or no. */
    private static final double MOSTLY = 0.5;
}
