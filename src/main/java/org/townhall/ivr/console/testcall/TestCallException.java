package org.townhall.ivr.console.testcall;

/** A test call request that cannot be done, with the reason the page and the API report. */
public final class TestCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** no such test call for this user */
        UNKNOWN,
        /** too many test calls at once */
        LIMIT,
        /** the test call is over */
        FINISHED,
        /** typed speech needs the server's voice in the call's language */
        NO_VOICE
    }

    private final Reason reason;

    TestCallException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
