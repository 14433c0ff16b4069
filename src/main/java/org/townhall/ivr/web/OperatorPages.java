package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.townhall.ivr.config.Department;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.CallbackDesk;
import org.townhall.ivr.console.CallbackRefused;
import org.townhall.ivr.store.Callback;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.User;

/**
 * The operators' pages: {@code /operator} (live calls and the screen pop, fed by {@code /static/operator.js}) and
 * {@code /callbacks} (the queue; its buttons post forms, htmx swaps the row), and the callers' recorded messages.
 */
final class OperatorPages {
    private final CallbackDesk desk;
    private final DepartmentNames names;
    private final Supplier<TownHall> live;
    private final Path recordings;
    private final Clock clock;

    OperatorPages(CallbackDesk desk, Supplier<TownHall> live, Path recordings, Clock clock) {
        this.desk = desk;
        this.names = new DepartmentNames(live);
        this.live = live;
        this.recordings = recordings.toAbsolutePath().normalize();
        this.clock = clock;
    }

    void routes(Javalin app, Pages pages) {
        app.get("/operator", ctx -> pages.render(ctx, "operator.jte", Map.of("departments",
                names.of(Auth.user(ctx), Pages.texts(ctx).language()))), Access.OPERATOR);
        app.get("/callbacks", ctx -> queue(ctx, pages), Access.OPERATOR);
        for (String action : List.of("claim", "release", "called", "no-answer", "done")) {
            app.post("/callbacks/{id}/" + action, ctx -> act(ctx, pages, action), Access.OPERATOR);
        }
        app.get("/callbacks/{id}/message", this::message, Access.OPERATOR);
    }

    private void queue(Context ctx, Pages pages) {
        User user = Auth.user(ctx);
        Map<String, String> departments = names.of(user, Pages.texts(ctx).language());
        String error = "";
        List<CallbackRow> rows = List.of();
        try {
            rows = desk.list(user, CallbackQueryParams.from(ctx, CallbackStatus.OPEN)).stream()
                    .map(c -> row(c, departments, user, "", "")).toList();
        } catch (CallbackRefused | IllegalArgumentException e) {
            ctx.status(e instanceof CallbackRefused r ? CallbackApi.status(r) : 400);
            error = e.getMessage();
        }
        pages.render(ctx, "callbacks.jte", Map.of("rows", rows, "departments", departments,
                "department", Optional.ofNullable(ctx.queryParam("department")).orElse(""),
                "status", Optional.ofNullable(ctx.queryParam("status")).orElse("open"),
                "olderThanHours", Optional.ofNullable(ctx.queryParam("olderThanHours")).orElse(""),
                "error", error));
    }

    private void act(Context ctx, Pages pages, String action) {
        User user = Auth.user(ctx);
        long id = CallbackQueryParams.id(ctx);
        String error = "";
        String notice = "";
        try {
            Callback after = switch (action) {
                case "claim" -> desk.claim(user, id);
                case "release" -> desk.release(user, id);
                case "called" -> desk.calledBack(user, id);
                case "no-answer" -> desk.noAnswer(user, id);
                default -> desk.done(user, id, Optional.ofNullable(ctx.formParam("note")).orElse(""));
            };
            notice = Pages.texts(ctx).t("callbacks.did." + action, after.attempts());
        } catch (CallbackRefused e) {
            if (e.reason() != CallbackRefused.Reason.CONFLICT) {
                throw e;
            }
            error = e.getMessage();
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        if (ctx.header("HX-Request") == null) {
            ctx.redirect("/callbacks"); // without scripts: back to the queue
            return;
        }
        Map<String, String> departments = names.of(user, Pages.texts(ctx).language());
        pages.render(ctx, "callback_row.jte", Map.of("row", row(desk.get(user, id), departments, user, error, notice)));
    }

    private CallbackRow row(Callback callback, Map<String, String> departments, User user, String error,
                            String notice) {
        return CallbackRow.of(callback, departments.getOrDefault(callback.department(), callback.department()),
                clock.instant(), zone(), messageFile(callback).isPresent(), user.name(), error, notice);
    }

    private ZoneId zone() {
        return live.get().departments().values().stream().findFirst().map(Department::hours)
                .map(h -> h.zone()).orElse(ZoneId.of("UTC"));
    }

    /** The request's message, only as a file directly in the recordings directory (by name: no path escapes). */
    private Optional<Path> messageFile(Callback callback) {
        if (callback.messageFile() == null || callback.messageFile().isBlank()) {
            return Optional.empty();
        }
        Path name = Path.of(callback.messageFile()).getFileName();
        if (name == null || !name.toString().matches("[A-Za-z0-9._-]+\\.(wav|WAV|gsm|ulaw|alaw)")
                || name.toString().startsWith(".")) {
            return Optional.empty();
        }
        Path file = recordings.resolve(name.toString()).normalize();
        return file.getParent().equals(recordings) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void message(Context ctx) throws IOException {
        Callback callback = desk.get(Auth.user(ctx), CallbackQueryParams.id(ctx));
        Path file = messageFile(callback).orElseThrow(() -> new NotFoundResponse("no recorded message for callback "
                + callback.id()));
        ctx.contentType(file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".wav") ? "audio/wav"
                : "application/octet-stream");
        ctx.header("Cache-Control", "private, no-store");
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(ctx.outputStream());
        }
    }
}
