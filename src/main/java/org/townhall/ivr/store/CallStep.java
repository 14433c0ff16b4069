package org.townhall.ivr.store;

import java.time.Instant;

/**
 * One event of a call's path through the menu: which node, what happened, what the caller gave.
 *
 * @param event e.g. {@code prompt}, {@code key}, {@code no-input}, {@code no-match}, {@code dial}, {@code dial-status}
 * @param input the key, digits or status received, or {@code null}
 */
public record CallStep(Instant at, String node, String event, String input) {
}
