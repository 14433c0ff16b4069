package org.townhall.ivr.store;

import java.util.Locale;

/** Where a callback request stands: waiting ({@code open}), citizen reached ({@code called}), closed. */
public enum CallbackStatus {
    OPEN, CALLED, DONE, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CallbackStatus ofCode(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown callback status '" + code + "' (open, called, done or failed)", e);
        }
    }
}
