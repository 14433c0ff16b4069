package org.townhall.ivr.console;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.townhall.ivr.store.AuditLog;
import org.townhall.ivr.store.NewUser;
import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.User;
import org.townhall.ivr.store.UserStore;

/** Creating users, checking their passwords and API tokens; every change goes to the audit log. */
public final class Accounts {
    private final UserStore users;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Accounts(UserStore users, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public User add(String actor, String name, String password, Role role, Set<String> departments, String language) {
        if (!language.equals("en") && !language.equals("fr")) {
            throw new IllegalArgumentException("console language must be 'en' or 'fr', not '" + language + "'");
        }
        User user = users.add(new NewUser(name, hasher.hash(password), role, departments, language), clock.instant());
        audit.record(clock.instant(), actor, "user.add", name, role.code()
                + (departments.isEmpty() ? "" : " " + String.join(",", departments)));
        return user;
    }

    /** The enabled user with this name and password. */
    public Optional<User> authenticate(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        Optional<String> stored = users.passwordHash(name);
        if (stored.isEmpty()) {
            hasher.matches(password, DUMMY); // same time whether or not the name exists
            return Optional.empty();
        }
        return hasher.matches(password, stored.get()) ? users.byName(name) : Optional.empty();
    }

    public void changePassword(String actor, User user, String password) {
        users.setPassword(user.id(), hasher.hash(password));
        audit.record(clock.instant(), actor, "user.password", user.name(), null);
    }

    public void update(String actor, User user) {
        users.update(user);
        audit.record(clock.instant(), actor, "user.update", user.name(), user.role().code()
                + (user.disabled() ? " disabled" : "") + " " + String.join(",", user.departments()));
    }

    /** A new API token for {@code user}; only its hash is kept, so this is the one time it can be read. */
    public String newToken(String actor, User user, String label) {
        String token = "thk_" + PasswordHasher.randomSecret();
        users.addToken(user.id(), PasswordHasher.tokenHash(token), label, clock.instant());
        audit.record(clock.instant(), actor, "token.add", user.name(), label);
        return token;
    }

    public Optional<User> byToken(String token) {
        return users.byToken(PasswordHasher.tokenHash(token), clock.instant());
    }

    public Optional<User> byId(long id) {
        return users.byId(id);
    }

    public Optional<User> byName(String name) {
        return users.byName(name);
    }

    public java.util.List<User> all() {
        return users.all();
    }

    public boolean none() {
        return users.isEmpty();
    }

    private static final String DUMMY = new PasswordHasher().hash("not-a-real-password-at-all");
}
