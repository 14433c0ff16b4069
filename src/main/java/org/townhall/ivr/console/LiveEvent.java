package org.townhall.ivr.console;

/**
 * One event for the live view, as sent to browsers: its SSE name ({@code call-started}, {@code call-step},
 * {@code transfer-ringing}, {@code transfer-result}, {@code call-ended}, {@code call-gone}) and the call as it
 * now stands.
 *
 * @param outcome for {@code call-ended}: how the call left the IVR (a lower-case code), else null
 */
public record LiveEvent(String name, LiveCall call, String outcome) {
    public static final String STARTED = "call-started";
    public static final String STEP = "call-step";
    public static final String RINGING = "transfer-ringing";
    public static final String RESULT = "transfer-result";
    public static final String ENDED = "call-ended";
    /** The call went to a department the reader does not serve: only its id, so the reader drops it from view. */
    public static final String GONE = "call-gone";

    static LiveEvent gone(String callId) {
        return new LiveEvent(GONE, new LiveCall(callId, null, null, null, null, null, null, null, null, null, null,
                null), null);
    }

    /** The department this event is about, for operators limited to some departments; null before any. */
    public String department() {
        return call.department();
    }
}
