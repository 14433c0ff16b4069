package org.townhall.ivr.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.CallStep;

/**
 * What callers said that the spoken menu did not route by itself, labelled with the department the caller then
 * chose: a "yes" to "Roads, is that right?", or a key after an answer that was not understood or was rejected. These
 * are the town hall's own requests, in its callers' words, for {@code phrase-check}, new phrases and example
 * requests (a department's {@code examples:}). Answers routed at once are left out: nothing says the caller agreed.
 */
public final class SpokenRequests {
    static final String NOT_UNDERSTOOD = "speech-not-understood";
    static final String CONFIRM = "confirm ";
    /** The reply to a confirmation that was the rest of the request (the joined answer is recorded next). */
    static final String WENT_ON = "went on";

    private SpokenRequests() {
    }

    /** A caller's words and the department they chose. */
    public record Request(String language, String department, String said) {
    }

    /** The labelled requests of one call (none when it reached no department or had nothing to learn from). */
    public static List<Request> of(CallRecord call) {
        if (call.department() == null || call.language() == null) {
            return List.of();
        }
        Set<String> learned = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        String lastHeard = null;
        for (CallStep step : call.path()) {
            String input = step.input() == null ? "" : step.input().strip();
            if (step.event().equals(NOT_UNDERSTOOD) && !input.isEmpty()) {
                unresolved.add(input);
            } else if (step.event().equals(HeardAnswer.EVENT) && HeardAnswer.parse(input).isPresent()) {
                lastHeard = HeardAnswer.parse(input).get().said();
            } else if (step.event().startsWith(CONFIRM) && lastHeard != null && !lastHeard.isEmpty()) {
                String asked = step.event().substring(CONFIRM.length());
                if ("yes".equals(input) && asked.equals(call.department())) {
                    learned.add(lastHeard);
                } else if ("no".equals(input)) {
                    unresolved.add(lastHeard);
                }
            }
        }
        // the caller went on with the keys to this department: what was not understood or rejected meant it
        boolean confirmedByVoice = !learned.isEmpty();
        if (!confirmedByVoice) {
            learned.addAll(unresolved);
        }
        return learned.stream().map(said -> new Request(call.language(), call.department(), said)).toList();
    }
}
