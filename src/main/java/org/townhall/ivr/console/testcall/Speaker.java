package org.townhall.ivr.console.testcall;

/** Who a line of a test call's dialogue comes from. */
public enum Speaker {
    /** what the IVR says */
    IVR,
    /** what the tester did in the caller's place */
    CALLER,
    /** the call's events: the decision taken at a node, a department ringing, the end */
    SYSTEM;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
