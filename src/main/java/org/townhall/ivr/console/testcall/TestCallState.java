package org.townhall.ivr.console.testcall;

import java.util.List;
import org.townhall.ivr.store.Outcome;

/**
 * A test call as the browser sees it.
 *
 * @param recordId    the call's record in the test calls' store
 * @param caller      the caller number, or null when withheld
 * @param awaiting    what the IVR waits for: nothing, key, digits, speech or dial
 * @param last        the number of the dialogue's last line (ask for the lines after it next time)
 * @param lines       the dialogue lines asked for
 * @param typedSpeech true when typed sentences can be said for the caller (the server's voice speaks the language)
 */
public record TestCallState(String id, String recordId, String language, String caller, String configuration,
                            String awaiting, boolean finished, Outcome outcome, int last, List<DialogueLine> lines,
                            boolean speech, boolean typedSpeech) {
}
