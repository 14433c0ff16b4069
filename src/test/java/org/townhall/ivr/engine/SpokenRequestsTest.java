package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.CallStep;
import org.townhall.ivr.store.Outcome;

/** Learning from calls: which callers' words, labelled with which department. */
class SpokenRequestsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static CallRecord call(String department, String... steps) {
        List<CallStep> path = new ArrayList<>();
        for (int i = 0; i < steps.length; i += 2) {
            path.add(new CallStep(T0.plusSeconds(i), "main", steps[i], steps[i + 1]));
        }
        return new CallRecord("1.1", "0612345678", null, "PJSIP/trunk", T0, T0.plusSeconds(60), "en",
                Outcome.TRANSFERRED, department, "main", "v1", path);
    }

    private static List<String> said(CallRecord call) {
        return SpokenRequests.of(call).stream().map(r -> r.language() + "|" + r.department() + "|" + r.said()).toList();
    }

    @Test
    @DisplayName("an answer confirmed with a yes is a request for that department")
    void confirmedAnswerIsLearned() {
        CallRecord call = call("roads", "speech", "it's pitch black on our road at night => roads 0.47 by meaning",
                "confirm roads", "yes");
        assertEquals(List.of("en|roads|it's pitch black on our road at night"), said(call));
    }

    @Test
    @DisplayName("answers not understood, or rejected, then a key: the words meant the department chosen")
    void keyAfterMissedAnswersLabelsThem() {
        CallRecord call = call("waste", "speech-not-understood", "my again was an empty",
                "speech", "the bins are fine => roads 1.00", "confirm roads", "no", "key", "3");
        assertEquals(List.of("en|waste|my again was an empty", "en|waste|the bins are fine"), said(call));
    }

    @Test
    @DisplayName("a request finished over the confirmation is learned whole, not its start")
    void requestGoneOnIsLearnedWhole() {
        CallRecord call = call("social", "speech", "after my husband full time => schools 0.56",
                "confirm schools", SpokenRequests.WENT_ON,
                "speech", "after my husband full time got dementia is there support for carers => social 1.25",
                "confirm social", "yes");
        assertEquals(List.of("en|social|after my husband full time got dementia is there support for carers"),
                said(call));
    }

    @Test
    @DisplayName("an answer routed at once, or a call that reached no department, teaches nothing")
    void nothingToLearn() {
        assertEquals(List.of(), said(call("roads", "speech", "there is a pothole => roads 2.50")));
        assertEquals(List.of(), said(call(null, "speech-not-understood", "hello", "key", "0")));
    }

    @Test
    @DisplayName("a heard answer reads back as written, with or without 'by meaning'")
    void heardAnswerRoundTrip() {
        for (boolean byMeaning : new boolean[] {false, true}) {
            HeardAnswer heard = new HeardAnswer("need a new card to travel abroad", "civil-status", 0.55, byMeaning);
            assertEquals(java.util.Optional.of(heard), HeardAnswer.parse(heard.input()));
        }
        assertEquals("pothole => roads 2.50", new HeardAnswer("pothole", "roads", 2.5, false).input());
        assertEquals(java.util.Optional.empty(), HeardAnswer.parse("pothole"));
    }
}
