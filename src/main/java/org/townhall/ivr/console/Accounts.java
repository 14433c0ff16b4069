package org.townhall.ivr.console;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
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
    private final List<LongConsumer> revocations = new CopyOnWriteArrayList<>();

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

    /**
     * Creates an account for an administrator's request, checked field by field; departments must be among
     * {@code known} (the live configuration's) and only apply to operators.
     */
    public User create(User actor, AccountRequests.NewAccount request, Set<String> known) {
        AccountRequests.Checks checks = new AccountRequests.Checks();
        checks.name(request.name());
        Role role = checks.role(request.role());
        checks.language(request.language());
        checks.departments(request.departments(), known);
        checks.password(request.password());
        checks.throwIfAny();
        if (users.byName(request.name()).isPresent()) {
            throw new AccountException.Conflict("a user named '" + request.name() + "' already exists");
        }
        return add(actor.name(), request.name(), request.password(), role,
                role == Role.OPERATOR ? request.departments() : Set.of(), request.language());
    }

    /**
     * Changes role, departments, language or the disabled flag. Administrators cannot disable themselves nor give up
     * their own role (nobody would be left to undo it). Disabling signs the user out everywhere at once.
     */
    public User change(User actor, long userId, AccountRequests.Change change, Set<String> known) {
        User user = users.byId(userId).orElseThrow(() -> new AccountException.Unknown(userId));
        AccountRequests.Checks checks = new AccountRequests.Checks();
        Role role = change.role() == null ? user.role() : checks.role(change.role());
        String language = change.language() == null ? user.language() : change.language();
        checks.language(language);
        Set<String> departments = change.departments() == null ? user.departments() : change.departments();
        if (change.departments() != null) {
            checks.departments(departments, known);
        }
        boolean disabled = change.disabled() == null ? user.disabled() : change.disabled();
        if (user.id() == actor.id() && disabled) {
            checks.add("disabled", "you cannot disable your own account");
        }
        if (user.id() == actor.id() && role != null && role != user.role()) {
            checks.add("role", "you cannot change your own role");
        }
        checks.throwIfAny();
        User changed = new User(user.id(), user.name(), role, role == Role.OPERATOR ? departments : Set.of(), language,
                user.createdAt(), disabled);
        update(actor.name(), changed);
        if (disabled != user.disabled()) {
            audit.record(clock.instant(), actor.name(), disabled ? "user.disable" : "user.enable", user.name(), null);
        }
        if (disabled) {
            revoked(user.id());
        }
        return changed;
    }

    /** Sets a new password chosen by an administrator; the user is signed out everywhere. */
    public void resetPassword(User actor, long userId, String password) {
        User user = users.byId(userId).orElseThrow(() -> new AccountException.Unknown(userId));
        AccountRequests.Checks checks = new AccountRequests.Checks();
        checks.password(password);
        checks.throwIfAny();
        users.setPassword(user.id(), hasher.hash(password));
        audit.record(clock.instant(), actor.name(), "user.password-reset", user.name(), null);
        revoked(user.id());
    }

    /** Called with a user's id whenever their sessions must end (disabled, password reset). */
    public void onAccessRevoked(LongConsumer listener) {
        revocations.add(listener);
    }

    private void revoked(long userId) {
        revocations.forEach(l -> l.accept(userId));
    }

    public java.util.List<org.townhall.ivr.store.AuditEntry> recentChanges(int limit) {
        return audit.recent(limit);
    }

    private static final String DUMMY = new PasswordHasher().hash("not-a-real-password-at-all");
}
