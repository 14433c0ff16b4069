package org.townhall.ivr.console;

/**
 * An operator's action on a callback request that cannot be done; {@link #reason} says which HTTP answer fits and
 * the message says what to do.
 */
public final class CallbackRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** no such request */
        UNKNOWN,
        /** the request belongs to a department the operator does not serve */
        NOT_YOUR_DEPARTMENT,
        /** someone else holds it, or it is not in a state for this action */
        CONFLICT
    }

    private final Reason reason;

    CallbackRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
