package org.townhall.ivr.store;

import java.util.Locale;

public enum CallbackStatus {
    OPEN, DONE, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CallbackStatus ofCode(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown callback status '" + code + "' (open, done or failed)", e);
        }
    }
}
