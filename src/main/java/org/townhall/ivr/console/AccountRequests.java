package org.townhall.ivr.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.townhall.ivr.store.Role;

/**
 * What an administrator asks for, as typed (a form or JSON), and the checks that turn it into a valid account:
 * every problem is reported with its field, all at once.
 */
public final class AccountRequests {
    private static final String NAME = "[\\p{L}\\p{N}._@-]{2,64}";

    private AccountRequests() {
    }

    /** A new account. */
    public record NewAccount(String name, String role, Set<String> departments, String language, String password) {
        public NewAccount {
            departments = departments == null ? Set.of() : Set.copyOf(departments);
        }
    }

    /** Changes to an account; a null field stays as it is. */
    public record Change(String role, Set<String> departments, String language, Boolean disabled) {
        public Change {
            departments = departments == null ? null : Set.copyOf(departments);
        }
    }

    /** Collects the problems of one request. */
    static final class Checks {
        private final List<AccountException.Problem> problems = new ArrayList<>();

        void add(String field, String message) {
            problems.add(new AccountException.Problem(field, message));
        }

        void name(String name) {
            if (name == null || !name.matches(NAME)) {
                add("name", "2 to 64 letters, digits, '.', '_', '@' or '-'");
            }
        }

        Role role(String role) {
            try {
                return Role.ofCode(role);
            } catch (IllegalArgumentException e) {
                add("role", "admin, supervisor or operator, not '" + role + "'");
                return null;
            }
        }

        void language(String language) {
            if (!"en".equals(language) && !"fr".equals(language)) {
                add("language", "en or fr, not '" + language + "'");
            }
        }

        void departments(Set<String> departments, Set<String> known) {
            Set<String> unknown = new TreeSet<>(departments);
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                add("departments", "unknown department(s) " + unknown + " (known: " + new TreeSet<>(known) + ")");
            }
        }

        void password(String password) {
            if (password == null || password.codePointCount(0, password.length()) < PasswordHasher.MIN_PASSWORD_LENGTH) {
                add("password", "at least " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters");
            }
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new AccountException.Invalid(problems);
            }
        }
    }
}
