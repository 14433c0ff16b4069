package org.townhall.ivr.console.testcall;

/**
 * One line of a test call's dialogue. IVR and caller lines carry {@code text}; a decision line carries the
 * {@link org.townhall.ivr.store.CallStep} it comes from ({@code node}, {@code event}, {@code input}) and what it led to.
 *
 * @param seq    position in the dialogue, from 1
 * @param text   what was said or done; for a decision, a detail (a speech score)
 * @param node   the menu node concerned (for an IVR line, the prompt id), or null
 * @param event  the step's event ({@code key}, {@code speech}, {@code dial-status}…), or a system note's code
 * @param input  the key, words or status, or null
 * @param target the node or department the decision leads to, or null
 */
public record DialogueLine(int seq, Speaker who, String text, String node, String event, String input, String target) {
    public boolean isDecision() {
        return who == Speaker.SYSTEM && event != null && node != null;
    }
}
