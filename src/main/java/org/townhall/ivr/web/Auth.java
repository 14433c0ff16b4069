package org.townhall.ivr.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.townhall.ivr.console.Accounts;
import org.townhall.ivr.console.LoginThrottle;
import org.townhall.ivr.console.PasswordHasher;
import org.townhall.ivr.store.User;

/**
 * Who is calling a route and whether they may: a session cookie (browsers), a bearer token or HTTP Basic (API
 * clients). Runs before every matched route; routes without an {@link Access} are refused. Browser sessions must
 * send their CSRF token with every change ({@code X-CSRF-Token} header or {@code _csrf} form field).
 */
public final class Auth {
    static final String USER = "townhall.user";
    static final String SESSION = "townhall.session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    private static final Duration BASIC_CACHE = Duration.ofMinutes(5);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Clock clock;
    /** Basic credentials already checked (PBKDF2 is slow on purpose): keyed by a salted hash, never the password. */
    private final Map<String, CachedLogin> basicLogins = new ConcurrentHashMap<>();
    private final String cacheSalt = PasswordHasher.randomSecret();

    private record CachedLogin(long userId, Instant until) {
    }

    Auth(Accounts accounts, Sessions sessions, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The signed-in user of a route that requires one. */
    public static User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new UnauthorizedResponse("sign in first");
        }
        return user;
    }

    static User userOrNull(Context ctx) {
        return ctx.attribute(USER);
    }

    void check(Context ctx) {
        if (ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/")) {
            return; // style sheets and scripts: the same for everybody
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            identify(ctx); // pages like /login still know who is signed in
            return;
        }
        Optional<User> user = identify(ctx);
        if (user.isEmpty()) {
            if (isApi(ctx)) {
                throw new UnauthorizedResponse("sign in: a bearer token (Authorization: Bearer …) or HTTP Basic");
            }
            ctx.header("Location", "/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
            throw new RedirectResponse(HttpStatus.FOUND, "sign in first");
        }
        if (roles.stream().noneMatch(r -> r instanceof Access a && a.allows(user.get().role()))) {
            throw new ForbiddenResponse("your role (" + user.get().role().code() + ") may not use " + ctx.path());
        }
        ConsoleSession session = ctx.attribute(SESSION);
        if (session != null && !SAFE_METHODS.contains(ctx.method().name())) {
            requireCsrf(ctx, session.csrfToken());
        }
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    static void requireCsrf(Context ctx, String expected) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null) {
            String type = ctx.contentType();
            if (type != null && (type.startsWith("application/x-www-form-urlencoded")
                    || type.startsWith("multipart/form-data"))) {
                sent = ctx.formParam(CSRF_FIELD);
            }
        }
        if (sent == null || expected == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("the form's security token (CSRF) is missing or out of date: reload the page"
                    + " and try again");
        }
    }

    private Optional<User> identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        Optional<User> user = Optional.empty();
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            user = accounts.byToken(authorization.substring(7).strip());
            if (user.isEmpty()) {
                throw new UnauthorizedResponse("unknown or revoked API token");
            }
        } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = Optional.of(basic(ctx, authorization.substring(6).strip()));
        } else {
            Optional<ConsoleSession> session = sessions.find(ctx.cookie(Sessions.COOKIE));
            if (session.isPresent()) {
                user = accounts.byId(session.get().userId()).filter(u -> !u.disabled());
                if (user.isPresent()) {
                    ctx.attribute(SESSION, session.get());
                } else {
                    sessions.close(session.get().id());
                }
            }
        }
        user.ifPresent(u -> ctx.attribute(USER, u));
        return user;
    }

    private User basic(Context ctx, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UnauthorizedResponse("malformed HTTP Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new UnauthorizedResponse("malformed HTTP Basic credentials");
        }
        String name = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        String key = PasswordHasher.tokenHash(cacheSalt + "\n" + name + "\n" + password);
        CachedLogin cached = basicLogins.get(key);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            Optional<User> user = accounts.byId(cached.userId()).filter(u -> !u.disabled());
            if (user.isPresent()) {
                return user.get();
            }
        }
        User user = signIn(ctx, name, password)
                .orElseThrow(() -> new UnauthorizedResponse("wrong user name or password"));
        basicLogins.put(key, new CachedLogin(user.id(), clock.instant().plus(BASIC_CACHE)));
        return user;
    }

    /** Checks a password under the throttle; refuses with 429 while the account or address is locked out. */
    Optional<User> signIn(Context ctx, String name, String password) {
        Duration wait = throttle.waitBefore(name, ctx.ip());
        if (!wait.isZero()) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            throw new TooManyAttempts(wait);
        }
        Optional<User> user = accounts.authenticate(name, password).filter(u -> !u.disabled());
        if (user.isEmpty()) {
            throttle.failed(name, ctx.ip());
        } else {
            throttle.succeeded(name);
        }
        return user;
    }

    /** Ends a user's access at once: their browser sessions and the HTTP Basic logins remembered for them. */
    void revoke(long userId) {
        sessions.closeAllOf(userId);
        basicLogins.values().removeIf(login -> login.userId() == userId);
    }

    /** Too many failed sign-ins: wait before trying again. */
    static final class TooManyAttempts extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Duration wait;

        TooManyAttempts(Duration wait) {
            super("too many failed sign-ins: try again in " + Math.max(1, wait.toMinutes()) + " minute(s)");
            this.wait = wait;
        }
    }
}
