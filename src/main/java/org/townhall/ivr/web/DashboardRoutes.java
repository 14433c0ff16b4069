package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.townhall.ivr.console.Dashboard;
import org.townhall.ivr.console.StatsPeriod;

/** The dashboard page and {@code GET /api/stats}: the same figures, for supervisors. */
public final class DashboardRoutes implements ConsoleModule {
    private final Dashboard dashboard;

    public DashboardRoutes(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/api/stats", ctx -> ctx.json(dashboard.figures(period(ctx), Pages.texts(ctx).language())),
                Access.SUPERVISOR);
        app.get("/dashboard", ctx -> page(ctx, pages), Access.SUPERVISOR);
    }

    private StatsPeriod period(Context ctx) {
        return dashboard.period(ctx.queryParam("period"), ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("day"));
    }

    private void page(Context ctx, Pages pages) {
        Map<String, Object> params = new HashMap<>();
        params.put("preset", value(ctx, "period"));
        params.put("fromText", value(ctx, "from"));
        params.put("toText", value(ctx, "to"));
        params.put("dayText", value(ctx, "day"));
        try {
            params.put("figures", dashboard.figures(period(ctx), Pages.texts(ctx).language()));
            params.put("error", "");
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            params.put("figures", null);
            params.put("error", e.getMessage());
        }
        pages.render(ctx, "dashboard.jte", params);
    }

    private static String value(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value;
    }

    /** An age for people: {@code 45 min}, {@code 3 h 05}, {@code 2 d 4 h}. */
    public static String age(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return String.format("%d h %02d", minutes / 60, minutes % 60);
        }
        return (minutes / (24 * 60)) + " d " + (minutes % (24 * 60)) / 60 + " h";
    }
}
