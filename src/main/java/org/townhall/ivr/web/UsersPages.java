package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.AccountException;
import org.townhall.ivr.console.AccountRequests;
import org.townhall.ivr.console.Accounts;
import org.townhall.ivr.store.User;

/**
 * The users pages for administrators: the list with a form to add one, a page per user to change or disable it and
 * reset its password; and the audit log (supervisors may read it). Plain forms, one redirect after each change.
 */
public final class UsersPages implements ConsoleModule {
    private final Accounts accounts;
    private final Supplier<TownHall> live;

    public UsersPages(Accounts accounts, Supplier<TownHall> live) {
        this.accounts = accounts;
        this.live = live;
    }

    /** A department to tick, named in the reader's language. */
    public record DepartmentOption(String id, String name) {
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/users", ctx -> list(ctx, pages, 200, Map.of(), Set.of(), List.of()), Access.ADMIN);
        app.post("/users", ctx -> add(ctx, pages), Access.ADMIN);
        app.get("/users/{id}", ctx -> edit(ctx, pages, 200, List.of(), ""), Access.ADMIN);
        app.post("/users/{id}", ctx -> change(ctx, pages), Access.ADMIN);
        app.post("/users/{id}/password", ctx -> resetPassword(ctx, pages), Access.ADMIN);
        app.get("/audit", ctx -> pages.render(ctx, "audit.jte", Map.of("entries",
                accounts.recentChanges(UsersApi.AUDIT_LIMIT))), Access.SUPERVISOR);
    }

    private void list(Context ctx, Pages pages, int status, Map<String, String> form, Set<String> ticked,
                      List<AccountException.Problem> problems) {
        Map<String, Object> params = new HashMap<>();
        params.put("users", accounts.all());
        params.put("departments", options(ctx));
        params.put("form", form);
        params.put("ticked", ticked);
        params.put("problems", problems);
        params.put("done", done(ctx));
        ctx.status(status);
        pages.render(ctx, "users.jte", params);
    }

    private void add(Context ctx, Pages pages) {
        Set<String> ticked = new LinkedHashSet<>(ctx.formParams("departments"));
        Map<String, String> form = Map.of("name", text(ctx.formParam("name")), "role", text(ctx.formParam("role")),
                "language", text(ctx.formParam("language")));
        try {
            User user = accounts.create(Auth.user(ctx), new AccountRequests.NewAccount(form.get("name"),
                    form.get("role"), ticked, form.get("language"), ctx.formParam("password")), departments());
            ctx.redirect("/users?done=added&who=" + encode(user.name()));
        } catch (AccountException.Invalid e) {
            list(ctx, pages, 422, form, ticked, e.problems());
        } catch (AccountException.Conflict e) {
            list(ctx, pages, 409, form, ticked, List.of(new AccountException.Problem("name", e.getMessage())));
        }
    }

    private void edit(Context ctx, Pages pages, int status, List<AccountException.Problem> problems, String done) {
        long id = UsersApi.id(ctx);
        User user = accounts.byId(id).orElseThrow(() -> new io.javalin.http.NotFoundResponse("no user #" + id));
        Map<String, Object> params = new HashMap<>();
        params.put("user", user);
        params.put("departments", options(ctx));
        params.put("problems", problems);
        params.put("done", done.isEmpty() ? done(ctx) : done);
        params.put("self", user.id() == Auth.user(ctx).id());
        ctx.status(status);
        pages.render(ctx, "user.jte", params);
    }

    private void change(Context ctx, Pages pages) {
        long id = UsersApi.id(ctx);
        String action = text(ctx.formParam("action"));
        AccountRequests.Change change = switch (action) {
            case "disable" -> new AccountRequests.Change(null, null, null, true);
            case "enable" -> new AccountRequests.Change(null, null, null, false);
            default -> new AccountRequests.Change(ctx.formParam("role"), new LinkedHashSet<>(ctx.formParams(
                    "departments")), ctx.formParam("language"), null);
        };
        try {
            User user = accounts.change(Auth.user(ctx), id, change, departments());
            String back = text(ctx.formParam("back")).equals("list") ? "/users" : "/users/" + user.id();
            ctx.redirect(back + "?done=" + (action.isEmpty() ? "saved" : action + "d") + "&who=" + encode(user.name()));
        } catch (AccountException.Invalid e) {
            edit(ctx, pages, 422, e.problems(), "");
        } catch (AccountException.Unknown e) {
            throw new io.javalin.http.NotFoundResponse(e.getMessage());
        }
    }

    private void resetPassword(Context ctx, Pages pages) {
        try {
            accounts.resetPassword(Auth.user(ctx), UsersApi.id(ctx), ctx.formParam("password"));
            ctx.redirect("/users/" + UsersApi.id(ctx) + "?done=password");
        } catch (AccountException.Invalid e) {
            edit(ctx, pages, 422, e.problems(), "");
        } catch (AccountException.Unknown e) {
            throw new io.javalin.http.NotFoundResponse(e.getMessage());
        }
    }

    private Set<String> departments() {
        return live.get().departments().keySet();
    }

    private List<DepartmentOption> options(Context ctx) {
        TownHall townHall = live.get();
        String language = Pages.texts(ctx).language();
        return townHall.departments().values().stream().map(d -> new DepartmentOption(d.id(), d.name().text(language)
                .or(() -> d.name().text(townHall.defaultLanguage())).orElse(d.id()))).toList();
    }

    /** What the last change did ({@code ?done=added&who=ana} after a redirect), in the reader's words. */
    private static String done(Context ctx) {
        String done = text(ctx.queryParam("done"));
        return switch (done) {
            case "added", "saved", "disabled", "enabled", "password" -> Pages.texts(ctx).t("users.done." + done,
                    text(ctx.queryParam("who")));
            default -> "";
        };
    }

    /** The message of the problem with {@code field}, or empty. */
    public static String problem(List<AccountException.Problem> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(AccountException.Problem::message)
                .findFirst().orElse("");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
