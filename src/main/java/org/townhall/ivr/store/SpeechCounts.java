package org.townhall.ivr.store;

/**
 * What callers' speech led to. A <em>turn</em> is one answer listened to (heard, not understood or silent); an
 * <em>attempt</em> is one speech menu, from its first turn to its end: routed at once, routed once the caller
 * confirmed, sent to the keypad (nothing usable, a refusal, or a key pressed), or the caller left during it.
 */
public record SpeechCounts(int turns, int understood, int notUnderstood, int silent, int confirmationsAsked,
                           int routedDirectly, int routedAfterConfirmation, int sentToKeys, int leftDuringSpeech) {
    public int attempts() {
        return routedDirectly + routedAfterConfirmation + sentToKeys + leftDuringSpeech;
    }

    public int routed() {
        return routedDirectly + routedAfterConfirmation;
    }
}
