package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.AccountException;
import org.townhall.ivr.console.AccountRequests;
import org.townhall.ivr.console.Accounts;

/** Users for administrators ({@code /api/users}) and the audit log ({@code /api/audit}, supervisors too). */
public final class UsersApi implements ConsoleModule {
    static final int AUDIT_LIMIT = 200;

    private final Accounts accounts;
    private final Supplier<TownHall> live;

    public UsersApi(Accounts accounts, Supplier<TownHall> live) {
        this.accounts = accounts;
        this.live = live;
    }

    /** The body of {@code POST /api/users}. */
    record NewUserBody(String name, String role, List<String> departments, String language, String password) {
    }

    /** The body of {@code PATCH /api/users/{id}}: what is absent stays as it is. */
    record ChangeBody(String role, List<String> departments, String language, Boolean disabled) {
    }

    record PasswordBody(String password) {
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/api/users", ctx -> ctx.json(accounts.all()), Access.ADMIN);
        app.post("/api/users", ctx -> {
            NewUserBody body = body(ctx, NewUserBody.class);
            ctx.status(201).json(accounts.create(Auth.user(ctx), new AccountRequests.NewAccount(body.name(),
                    body.role(), body.departments() == null ? Set.of() : Set.copyOf(body.departments()),
                    body.language() == null ? "en" : body.language(), body.password()), departments()));
        }, Access.ADMIN);
        app.patch("/api/users/{id}", ctx -> {
            ChangeBody body = body(ctx, ChangeBody.class);
            ctx.json(accounts.change(Auth.user(ctx), id(ctx), new AccountRequests.Change(body.role(),
                    body.departments() == null ? null : Set.copyOf(body.departments()), body.language(),
                    body.disabled()), departments()));
        }, Access.ADMIN);
        app.post("/api/users/{id}/password", ctx -> {
            accounts.resetPassword(Auth.user(ctx), id(ctx), body(ctx, PasswordBody.class).password());
            ctx.status(204);
        }, Access.ADMIN);
        app.get("/api/audit", ctx -> ctx.json(accounts.recentChanges(CallsApi.limit(ctx))), Access.SUPERVISOR);
        app.exception(AccountException.Invalid.class, (e, ctx) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "some fields are not valid");
            body.put("problems", e.problems());
            ctx.status(422).json(body);
        });
        app.exception(AccountException.Conflict.class, (e, ctx) -> ctx.status(409).json(Map.of("error", e.getMessage())));
        app.exception(AccountException.Unknown.class, (e, ctx) -> ctx.status(404).json(Map.of("error", e.getMessage())));
    }

    /** The department ids of the live configuration: the ones operators may be limited to. */
    Set<String> departments() {
        return live.get().departments().keySet();
    }

    static long id(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("a user id is a number, not '" + id + "'");
        }
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            return ctx.bodyAsClass(type);
        } catch (Exception e) {
            throw new BadRequestResponse("the body must be a JSON object with the documented fields: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
