package org.townhall.ivr.store;

import java.util.Set;

/** A user to create; {@code passwordHash} comes from the console's password hasher, never a plain password. */
public record NewUser(String name, String passwordHash, Role role, Set<String> departments, String language) {
    public NewUser {
        if (name == null || !name.matches("[\\p{L}\\p{N}._@-]{2,64}")) {
            throw new IllegalArgumentException("user name must be 2 to 64 letters, digits, '.', '_', '@' or '-', not '"
                    + name + "'");
        }
        departments = Set.copyOf(departments);
    }
}
