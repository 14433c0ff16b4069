package org.townhall.ivr.store;

import java.util.Locale;

/** How a call left the IVR. */
public enum Outcome {
    /** Put through to a department that answered. */
    TRANSFERRED,
    /** A callback request was stored. */
    CALLBACK,
    /** The caller hung up while in the IVR. */
    HUNG_UP,
    /** The IVR ended the call (goodbye), without transfer or callback. */
    ENDED,
    /** Something failed on our side; the record says where. */
    ERROR,
    /** The server stopped while the call was in progress (found open at the next start). */
    INTERRUPTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Outcome ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
