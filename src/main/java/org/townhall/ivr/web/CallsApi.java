package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.townhall.ivr.store.CallQuery;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.Outcome;

/** Health (public), calls and their paths (signed in; the callback queue is in {@link OperatorConsole}). JSON, times in UTC ISO-8601. */
public final class CallsApi implements ConsoleModule {
    static final int MAX_LIMIT = 1000;

    private final CallStore store;
    private final Supplier<Map<String, Object>> health;

    public CallsApi(CallStore store, Supplier<Map<String, Object>> health) {
        this.store = store;
        this.health = health;
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/health", ctx -> ctx.json(health.get()), Access.PUBLIC);
        app.get("/api/calls", ctx -> ctx.json(store.calls(new CallQuery(ctx.queryParam("department"),
                outcome(ctx), limit(ctx)))), Access.OPERATOR);
        app.get("/api/calls/{id}", ctx -> ctx.json(store.call(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no call '" + ctx.pathParam("id") + "'"))), Access.OPERATOR);
    }

    static int limit(Context ctx) {
        String value = ctx.queryParam("limit");
        if (value == null) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new BadRequestResponse("limit must be between 1 and " + MAX_LIMIT);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("limit must be a number, not '" + value + "'");
        }
    }

    private static Outcome outcome(Context ctx) {
        String value = ctx.queryParam("outcome");
        if (value == null) {
            return null;
        }
        try {
            return Outcome.ofCode(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("unknown outcome '" + value
                    + "' (transferred, callback, hung-up, ended, error, interrupted)");
        }
    }
}
