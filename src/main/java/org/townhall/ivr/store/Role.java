package org.townhall.ivr.store;

import java.util.Locale;

/** What a console user may do: admins manage users (and may do everything), supervisors the menus, operators calls. */
public enum Role {
    ADMIN, SUPERVISOR, OPERATOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this role may act as {@code needed}: an admin is also a supervisor and an operator. */
    public boolean covers(Role needed) {
        return this == needed || this == ADMIN;
    }

    public static Role ofCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + code + "' (admin, supervisor or operator)", e);
        }
    }
}
