package org.townhall.ivr.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.CallbackDesk;
import org.townhall.ivr.console.LiveCalls;
import org.townhall.ivr.console.ScreenPops;

/**
 * The operators' area of the console: live calls and the screen pop ({@code /operator}, {@code /api/live/…}), the
 * callback queue ({@code /callbacks}, {@code /api/callbacks/…}).
 */
public final class OperatorConsole implements ConsoleModule {
    private final LiveCalls live;
    private final ScreenPops pops;
    private final CallbackDesk desk;
    private final Supplier<TownHall> townHall;
    private final Path recordings;
    private final Clock clock;

    /** {@code recordings}: the directory of the callers' messages; only files directly in it are served. */
    public OperatorConsole(LiveCalls live, ScreenPops pops, CallbackDesk desk, Supplier<TownHall> townHall,
                           Path recordings, Clock clock) {
        this.live = live;
        this.pops = pops;
        this.desk = desk;
        this.townHall = townHall;
        this.recordings = recordings;
        this.clock = clock;
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/api/live/events", new LiveEventsRoute(live, pops), Access.OPERATOR);
        app.get("/api/live/calls", ctx -> ctx.json(Map.of("calls", live.snapshot(Auth.user(ctx)::serves))),
                Access.OPERATOR);
        new CallbackApi(desk).routes(app);
        new OperatorPages(desk, townHall, recordings, clock).routes(app, pages);
    }
}
