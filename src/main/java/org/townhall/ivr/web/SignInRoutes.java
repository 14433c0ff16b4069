package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.townhall.ivr.console.Accounts;
import org.townhall.ivr.console.PasswordHasher;
import org.townhall.ivr.store.User;

/** Sign in and out, the start page, the reader's language, one's own account (password, API tokens). */
final class SignInRoutes implements ConsoleModule {
    /** Double-submit token of the sign-in form (there is no session yet to hold one). */
    static final String LOGIN_CSRF_COOKIE = "townhall_login_csrf";

    private final Auth auth;
    private final Sessions sessions;
    private final Accounts accounts;

    SignInRoutes(Auth auth, Sessions sessions, Accounts accounts) {
        this.auth = auth;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/login", ctx -> showLogin(ctx, pages, null), Access.PUBLIC);
        app.post("/login", ctx -> login(ctx, pages), Access.PUBLIC);
        app.post("/logout", ctx -> {
            sessions.close(ctx.cookie(Sessions.COOKIE));
            ctx.removeCookie(Sessions.COOKIE, "/");
            ctx.redirect("/login");
        }, Access.SIGNED_IN);
        app.get("/", ctx -> ctx.redirect(home(Auth.user(ctx))), Access.SIGNED_IN);
        app.get("/lang/{lang}", ctx -> {
            String lang = ctx.pathParam("lang");
            if (Texts.LANGUAGES.contains(lang)) {
                ctx.cookie(cookie(Pages.LANG_COOKIE, lang, 365 * 24 * 3600, false));
            }
            ctx.redirect(safeNext(ctx.queryParam("back")));
        }, Access.PUBLIC);
        app.get("/account", ctx -> pages.render(ctx, "account.jte", Map.of("token", "", "message", "")),
                Access.SIGNED_IN);
        app.post("/account/password", ctx -> changePassword(ctx, pages), Access.SIGNED_IN);
        app.post("/account/tokens", ctx -> {
            String label = Optional.ofNullable(ctx.formParam("label")).filter(l -> !l.isBlank()).orElse("api");
            String token = accounts.newToken(Auth.user(ctx).name(), Auth.user(ctx), label.strip());
            pages.render(ctx, "account.jte", Map.of("token", token, "message", ""));
        }, Access.SIGNED_IN);
        app.get("/api/me", ctx -> ctx.json(Auth.user(ctx)), Access.SIGNED_IN);
    }

    /** Where each role starts. */
    static String home(User user) {
        return switch (user.role()) {
            case OPERATOR -> "/operator";
            case SUPERVISOR -> "/menus";
            case ADMIN -> "/users";
        };
    }

    private void showLogin(Context ctx, Pages pages, String error) {
        // the browser may load the page twice (prefetch, reload): keep one token so every copy of the form works
        String existing = ctx.cookie(LOGIN_CSRF_COOKIE);
        String token = existing != null && existing.length() >= 40 ? existing : PasswordHasher.randomSecret();
        ctx.cookie(cookie(LOGIN_CSRF_COOKIE, token, 3600, true));
        Map<String, Object> params = new HashMap<>();
        params.put("error", error == null ? "" : error);
        params.put("next", safeNext(ctx.queryParam("next")));
        params.put("loginCsrf", token);
        pages.render(ctx, "login.jte", params);
    }

    private void login(Context ctx, Pages pages) {
        Auth.requireCsrf(ctx, ctx.cookie(LOGIN_CSRF_COOKIE));
        Optional<User> user = auth.signIn(ctx, ctx.formParam("name"), ctx.formParam("password"));
        if (user.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            showLogin(ctx, pages, Pages.texts(ctx).t("login.wrong"));
            return;
        }
        sessions.close(ctx.cookie(Sessions.COOKIE));
        ConsoleSession session = sessions.open(user.get().id());
        ctx.cookie(cookie(Sessions.COOKIE, session.id(), (int) Sessions.IDLE.toSeconds(), true));
        ctx.removeCookie(LOGIN_CSRF_COOKIE, "/");
        String next = ctx.formParam("next");
        ctx.redirect(next == null || next.equals("/") ? home(user.get()) : safeNext(next));
    }

    private void changePassword(Context ctx, Pages pages) {
        User user = Auth.user(ctx);
        if (accounts.authenticate(user.name(), ctx.formParam("current")).isEmpty()) {
            ctx.status(400);
            pages.render(ctx, "account.jte", Map.of("token", "", "message", Pages.texts(ctx).t("account.wrongCurrent")));
            return;
        }
        try {
            accounts.changePassword(user.name(), user, ctx.formParam("password"));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            pages.render(ctx, "account.jte", Map.of("token", "", "message", e.getMessage()));
            return;
        }
        sessions.closeAllOf(user.id());
        ctx.redirect("/login");
    }

    /** Only paths of this site: {@code //evil.example} or {@code https://…} go home instead (open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }

    static Cookie cookie(String name, String value, int maxAgeSeconds, boolean httpOnly) {
        return new Cookie(name, value, "/", maxAgeSeconds, false, 0, httpOnly, null, null, SameSite.LAX);
    }
}
