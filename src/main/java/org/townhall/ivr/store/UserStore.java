package org.townhall.ivr.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Console users and their API tokens. Passwords and tokens are kept only as hashes. */
public interface UserStore {
    /** Creates a user; throws {@link IllegalArgumentException} if the name is taken. */
    User add(NewUser user, Instant now);

    Optional<User> byName(String name);

    Optional<User> byId(long id);

    /** The stored password hash of an enabled user, for sign-in. */
    Optional<String> passwordHash(String name);

    void setPassword(long userId, String passwordHash);

    void update(User user);

    List<User> all();

    /** Stores an API token's hash for a user. */
    void addToken(long userId, String tokenHash, String label, Instant now);

    /** The enabled user a token hash belongs to, noting its use. */
    Optional<User> byToken(String tokenHash, Instant now);

    boolean isEmpty();
}
