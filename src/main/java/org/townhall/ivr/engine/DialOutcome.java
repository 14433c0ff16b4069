package org.townhall.ivr.engine;

import java.util.Locale;

/** Asterisk's DIALSTATUS after a Dial. */
public enum DialOutcome {
    ANSWER, BUSY, NOANSWER, CONGESTION, CHANUNAVAIL, CANCEL, DONTCALL, TORTURE, INVALIDARGS, UNKNOWN;

    public static DialOutcome parse(String dialStatus) {
        if (dialStatus == null || dialStatus.isBlank()) {
            return UNKNOWN;
        }
        try {
            return valueOf(dialStatus.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public boolean answered() {
        return this == ANSWER;
    }
}
