package org.townhall.ivr.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.townhall.ivr.console.CallbackDesk;
import org.townhall.ivr.store.CallbackStatus;

/**
 * The callback queue's filters as query parameters, shared by the API and the page: {@code department} (may be
 * repeated), {@code status} ({@code open}, {@code called}, {@code done}, {@code failed}; none or {@code all} for
 * every status), {@code olderThanHours}, {@code limit}.
 */
final class CallbackQueryParams {
    static final int MAX_HOURS = 24 * 366;

    private CallbackQueryParams() {
    }

    static CallbackDesk.Query from(Context ctx, CallbackStatus defaultStatus) {
        Set<String> departments = new LinkedHashSet<>();
        for (String department : ctx.queryParams("department")) {
            if (!department.isBlank()) {
                departments.add(department.strip());
            }
        }
        return new CallbackDesk.Query(departments, status(ctx, defaultStatus), olderThan(ctx), CallsApi.limit(ctx));
    }

    private static CallbackStatus status(Context ctx, CallbackStatus defaultStatus) {
        String value = ctx.queryParam("status");
        if (value == null) {
            return defaultStatus;
        }
        if (value.isBlank() || value.equals("all")) {
            return null;
        }
        try {
            return CallbackStatus.ofCode(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static Duration olderThan(Context ctx) {
        String value = ctx.queryParam("olderThanHours");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int hours = Integer.parseInt(value.strip());
            if (hours < 0 || hours > MAX_HOURS) {
                throw new BadRequestResponse("olderThanHours must be between 0 and " + MAX_HOURS);
            }
            return Duration.ofHours(hours);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("olderThanHours must be a whole number of hours, not '" + value + "'");
        }
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("callback id must be a number, not '" + ctx.pathParam("id") + "'");
        }
    }
}
