package org.townhall.ivr.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.townhall.ivr.console.CallbackDesk;
import org.townhall.ivr.console.CallbackRefused;

/**
 * The callback queue's JSON API: {@code GET /api/callbacks}, {@code GET /api/callbacks/{id}}, then {@code POST
 * /api/callbacks/{id}/claim|release|called|no-answer|done}. Refusals: 403 another
 * department, 404 unknown request, 409 claimed by someone else or not in a state for the action.
 */
final class CallbackApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallbackDesk desk;

    CallbackApi(CallbackDesk desk) {
        this.desk = desk;
    }

    void routes(Javalin app) {
        app.get("/api/callbacks", ctx -> ctx.json(desk.list(Auth.user(ctx), CallbackQueryParams.from(ctx, null))),
                Access.OPERATOR);
        app.get("/api/callbacks/{id}", ctx -> ctx.json(desk.get(Auth.user(ctx), CallbackQueryParams.id(ctx))),
                Access.OPERATOR);
        app.post("/api/callbacks/{id}/claim", ctx -> ctx.json(desk.claim(Auth.user(ctx), CallbackQueryParams.id(ctx))),
                Access.OPERATOR);
        app.post("/api/callbacks/{id}/release", ctx -> ctx.json(desk.release(Auth.user(ctx),
                CallbackQueryParams.id(ctx))), Access.OPERATOR);
        app.post("/api/callbacks/{id}/called", ctx -> ctx.json(desk.calledBack(Auth.user(ctx),
                CallbackQueryParams.id(ctx))), Access.OPERATOR);
        app.post("/api/callbacks/{id}/no-answer", ctx -> ctx.json(desk.noAnswer(Auth.user(ctx),
                CallbackQueryParams.id(ctx))), Access.OPERATOR);
        app.post("/api/callbacks/{id}/done", ctx -> ctx.json(desk.done(Auth.user(ctx), CallbackQueryParams.id(ctx),
                note(ctx))), Access.OPERATOR);
        app.exception(CallbackRefused.class, (e, ctx) -> ctx.status(status(e)).json(Map.of("error", e.getMessage())));
    }

    static int status(CallbackRefused e) {
        return switch (e.reason()) {
            case UNKNOWN -> 404;
            case NOT_YOUR_DEPARTMENT -> 403;
            case CONFLICT -> 409;
        };
    }

    /** {@code {"note": "..."}} as JSON, or a {@code note} form field; none is an empty note. */
    private static String note(Context ctx) {
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/json")) {
            String body = ctx.body();
            if (body.isBlank()) {
                return "";
            }
            try {
                JsonNode note = JSON.readTree(body).get("note");
                if (note != null && !note.isNull() && !note.isTextual()) {
                    throw new BadRequestResponse("note must be a text");
                }
                return note == null || note.isNull() ? "" : note.asText();
            } catch (IOException e) {
                throw new BadRequestResponse("the body must be JSON like {\"note\": \"...\"}");
            }
        }
        String form = ctx.formParam("note");
        return form == null ? "" : form;
    }
}
