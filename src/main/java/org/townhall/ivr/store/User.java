package org.townhall.ivr.store;

import java.time.Instant;
import java.util.Set;

/**
 * A person who signs in to the console.
 *
 * @param departments for operators, the department ids they serve; empty means every department
 * @param language the console's language for them ({@code en} or {@code fr})
 */
public record User(long id, String name, Role role, Set<String> departments, String language, Instant createdAt,
                   boolean disabled) {
    public User {
        departments = Set.copyOf(departments);
    }

    /** True when this user sees and works the calls and callbacks of {@code department}. */
    public boolean serves(String department) {
        return role != Role.OPERATOR || departments.isEmpty() || departments.contains(department);
    }
}
