package org.townhall.ivr.web;

import io.javalin.security.RouteRole;
import org.townhall.ivr.store.Role;

/**
 * Who may use a route. Every route declares one; a route without one is refused to everybody, so forgetting it
 * fails closed. {@link #PUBLIC} routes need no sign-in.
 */
public enum Access implements RouteRole {
    PUBLIC(null),
    /** any signed-in user */
    SIGNED_IN(null),
    OPERATOR(Role.OPERATOR),
    SUPERVISOR(Role.SUPERVISOR),
    ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** True when a user with {@code userRole} may use a route with this access. */
    public boolean allows(Role userRole) {
        if (this == PUBLIC || this == SIGNED_IN) {
            return true;
        }
        if (this == OPERATOR) {
            return true; // supervisors and admins see what operators see
        }
        return userRole.covers(role);
    }
}
