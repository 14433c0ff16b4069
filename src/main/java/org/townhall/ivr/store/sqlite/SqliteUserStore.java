package org.townhall.ivr.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.townhall.ivr.store.NewUser;
import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.User;
import org.townhall.ivr.store.UserStore;

/** Users and API tokens in the server's SQLite file. */
public final class SqliteUserStore implements UserStore {
    private final SqliteDatabase db;

    public SqliteUserStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public User add(NewUser user, Instant now) {
        return db.locked("add user " + user.name(), c -> {
            if (find(c, "name = ?", user.name()).isPresent()) {
                throw new IllegalArgumentException("a user named '" + user.name() + "' already exists");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (name, password_hash, role, departments,"
                    + " language, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, user.name());
                ps.setString(2, user.passwordHash());
                ps.setString(3, user.role().code());
                ps.setString(4, departments(user.departments()));
                ps.setString(5, user.language());
                ps.setString(6, SqliteDatabase.time(now));
                ps.executeUpdate();
            }
            return find(c, "name = ?", user.name()).orElseThrow();
        });
    }

    @Override
    public Optional<User> byName(String name) {
        return db.locked("look up user " + name, c -> find(c, "name = ?", name));
    }

    @Override
    public Optional<User> byId(long id) {
        return db.locked("look up user #" + id, c -> find(c, "id = ?", id));
    }

    @Override
    public Optional<String> passwordHash(String name) {
        return db.locked("look up the password of " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT password_hash FROM users WHERE name = ? AND disabled = 0")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void setPassword(long userId, String passwordHash) {
        db.locked("change the password of user #" + userId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
                ps.setString(1, passwordHash);
                ps.setLong(2, userId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void update(User user) {
        db.locked("update user " + user.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET role = ?, departments = ?, language = ?,"
                    + " disabled = ? WHERE id = ?")) {
                ps.setString(1, user.role().code());
                ps.setString(2, departments(user.departments()));
                ps.setString(3, user.language());
                ps.setInt(4, user.disabled() ? 1 : 0);
                ps.setLong(5, user.id());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<User> all() {
        return db.locked("list users", c -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    users.add(user(rs));
                }
            }
            return users;
        });
    }

    @Override
    public void addToken(long userId, String tokenHash, String label, Instant now) {
        db.locked("store an API token", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_tokens (token_hash, user_id, label,"
                    + " created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, tokenHash);
                ps.setLong(2, userId);
                ps.setString(3, label);
                ps.setString(4, SqliteDatabase.time(now));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<User> byToken(String tokenHash, Instant now) {
        return db.locked("check an API token", c -> {
            Optional<User> user = find(c, "disabled = 0 AND id = (SELECT user_id FROM api_tokens WHERE token_hash = ?)",
                    tokenHash);
            if (user.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?")) {
                    ps.setString(1, SqliteDatabase.time(now));
                    ps.setString(2, tokenHash);
                    ps.executeUpdate();
                }
            }
            return user;
        });
    }

    @Override
    public boolean isEmpty() {
        return db.locked("count users", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM users");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 0;
            }
        });
    }

    private static Optional<User> find(Connection c, String where, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users WHERE " + where)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        String departments = rs.getString("departments");
        Set<String> served = departments == null || departments.isBlank() ? Set.of()
                : Arrays.stream(departments.split(",")).map(String::strip).collect(Collectors.toSet());
        return new User(rs.getLong("id"), rs.getString("name"), Role.ofCode(rs.getString("role")), served,
                rs.getString("language"), SqliteDatabase.instant(rs.getString("created_at")),
                rs.getInt("disabled") != 0);
    }

    private static String departments(Set<String> departments) {
        return departments.isEmpty() ? null : departments.stream().sorted().collect(Collectors.joining(","));
    }
}
