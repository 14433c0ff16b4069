package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.townhall.ivr.console.ConfigVersions;
import org.townhall.ivr.console.DraftEdits;
import org.townhall.ivr.console.FieldProblem;
import org.townhall.ivr.console.InvalidVersionException;
import org.townhall.ivr.console.LineDiff;
import org.townhall.ivr.console.UnknownPathException;
import org.townhall.ivr.store.ConfigVersion;
import org.townhall.ivr.store.Publication;

/**
 * The menu configuration's versions over HTTP: list, read, save (201, or 422 with the problems field by field),
 * publish, roll back, diff, export, and the structured edits of the working draft. Reads are open to operators.
 */
public final class ConfigApi implements ConsoleModule {
    private final ConfigVersions versions;
    private final DraftEdits edits;

    public ConfigApi(ConfigVersions versions) {
        this.versions = versions;
        this.edits = new DraftEdits(versions);
    }

    /** One version without its text, as lists show it. */
    public record VersionSummary(int number, String contentHash, String author, Instant createdAt, String comment,
                                 Integer basedOn, String origin, boolean live) {
    }

    public record VersionDetail(int number, String contentHash, String author, Instant createdAt, String comment,
                                Integer basedOn, String origin, boolean live, String yaml) {
    }

    public record SaveRequest(String yaml, String comment, Integer basedOn) {
    }

    public record Saved(int number, Integer basedOn, String comment) {
    }

    public record Problems(String error, List<FieldProblem> problems) {
    }

    public record TextRequest(String text) {
    }

    public record HoursRequest(Map<String, String> hours) {
    }

    public record LinesRequest(List<String> lines) {
    }

    public record ChoicesRequest(Map<String, String> choices) {
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/api/config/versions", ctx -> ctx.json(summaries()), Access.OPERATOR);
        app.get("/api/config/versions/{n}", ctx -> ctx.json(detail(versions.version(number(ctx, "n")))),
                Access.OPERATOR);
        app.post("/api/config/versions", this::save, Access.SUPERVISOR);
        app.post("/api/config/versions/{n}/publish", ctx -> ctx.json(publication(
                versions.publish(Auth.user(ctx).name(), number(ctx, "n")))), Access.SUPERVISOR);
        app.post("/api/config/rollback/{n}", ctx -> ctx.json(publication(
                versions.rollback(Auth.user(ctx).name(), number(ctx, "n")))), Access.SUPERVISOR);
        app.get("/api/config/live", ctx -> ctx.json(live()), Access.OPERATOR);
        app.get("/api/config/versions/{n}/diff", this::diff, Access.OPERATOR);
        app.get("/api/config/export", this::export, Access.SUPERVISOR);
        app.get("/api/config/drafts/current", ctx -> ctx.json(detail(versions.workingDraft())), Access.OPERATOR);
        app.put("/api/config/drafts/prompts/{id}/{lang}", ctx -> saved(ctx, edits.promptText(Auth.user(ctx).name(),
                ctx.pathParam("id"), ctx.pathParam("lang"), required(body(ctx, TextRequest.class).text(), "text"))),
                Access.SUPERVISOR);
        app.put("/api/config/drafts/departments/{id}/hours", ctx -> saved(ctx, edits.hours(Auth.user(ctx).name(),
                ctx.pathParam("id"), required(body(ctx, HoursRequest.class).hours(), "hours"))), Access.SUPERVISOR);
        app.put("/api/config/drafts/departments/{id}/closures", ctx -> saved(ctx, edits.closures(
                Auth.user(ctx).name(), ctx.pathParam("id"), lines(ctx))), Access.SUPERVISOR);
        for (String list : DraftEdits.CALLER_WORDS) {
            app.put("/api/config/drafts/departments/{id}/" + list + "/{lang}", ctx -> saved(ctx, edits.callerWords(
                    Auth.user(ctx).name(), ctx.pathParam("id"), list, ctx.pathParam("lang"),
                    required(body(ctx, LinesRequest.class).lines(), "lines"))), Access.SUPERVISOR);
        }
        app.put("/api/config/drafts/holidays", ctx -> saved(ctx, edits.holidays(Auth.user(ctx).name(), lines(ctx))),
                Access.SUPERVISOR);
        app.put("/api/config/drafts/nodes/{id}/choices", ctx -> saved(ctx, edits.choices(Auth.user(ctx).name(),
                ctx.pathParam("id"), required(body(ctx, ChoicesRequest.class).choices(), "choices"))),
                Access.SUPERVISOR);

        app.exception(InvalidVersionException.class, (e, ctx) -> ctx.status(422).json(
                new Problems("the configuration is not valid: nothing was saved", e.problems())));
        app.exception(ConfigVersions.UnknownVersionException.class, (e, ctx) -> ctx.status(404)
                .json(Map.of("error", e.getMessage())));
        app.exception(UnknownPathException.class, (e, ctx) -> ctx.status(404).json(Map.of("error", e.getMessage())));
        app.exception(ConfigVersions.VersionConflictException.class, (e, ctx) -> ctx.status(409)
                .json(Map.of("error", e.getMessage())));
    }

    private void save(Context ctx) throws InvalidVersionException {
        SaveRequest request = body(ctx, SaveRequest.class);
        saved(ctx, versions.save(Auth.user(ctx).name(), required(request.yaml(), "yaml"), request.comment(),
                request.basedOn()));
    }

    private static void saved(Context ctx, ConfigVersion version) {
        ctx.status(201).header("Location", "/api/config/versions/" + version.number())
                .json(new Saved(version.number(), version.basedOn(), version.comment()));
    }

    private void diff(Context ctx) {
        int n = number(ctx, "n");
        String against = ctx.queryParam("against");
        int m = against == null ? versions.version(n).basedOn() == null ? n : versions.version(n).basedOn()
                : parse(against, "against");
        LineDiff.Diff diff = versions.diff(m, n);
        if ("text".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/x-diff; charset=utf-8").result(diff.unified());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", m);
        body.put("to", n);
        body.put("added", diff.added());
        body.put("removed", diff.removed());
        body.put("unified", diff.unified());
        ctx.json(body);
    }

    private void export(Context ctx) {
        String version = ctx.queryParam("version");
        ConfigVersion v = version == null ? versions.liveVersion() : versions.version(parse(version, "version"));
        ctx.header("Content-Disposition", "attachment; filename=\"townhall-v" + v.number() + ".yaml\"");
        ctx.contentType("text/yaml; charset=utf-8").result(v.yaml());
    }

    private Map<String, Object> live() {
        ConfigVersion v = versions.liveVersion();
        Publication p = versions.publications().get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", v.number());
        body.put("contentHash", v.contentHash());
        body.put("publishedBy", p.publishedBy());
        body.put("publishedAt", p.publishedAt());
        return body;
    }

    private List<VersionSummary> summaries() {
        int live = versions.liveNumber().orElse(-1);
        return versions.versions().stream().map(v -> new VersionSummary(v.number(), v.contentHash(), v.author(),
                v.createdAt(), v.comment(), v.basedOn(), v.origin().code(), v.number() == live)).toList();
    }

    private VersionDetail detail(ConfigVersion v) {
        return new VersionDetail(v.number(), v.contentHash(), v.author(), v.createdAt(), v.comment(), v.basedOn(),
                v.origin().code(), versions.liveNumber().orElse(-1) == v.number(), v.yaml());
    }

    private static Map<String, Object> publication(Publication p) {
        return Map.of("number", p.number(), "publishedBy", p.publishedBy(), "publishedAt", p.publishedAt());
    }

    private static String lines(Context ctx) {
        return String.join("\n", required(body(ctx, LinesRequest.class).lines(), "lines"));
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            return ctx.bodyAsClass(type);
        } catch (RuntimeException e) {
            throw new BadRequestResponse("the body must be JSON like " + example(type));
        }
    }

    private static String example(Class<?> type) {
        if (type == SaveRequest.class) {
            return "{\"yaml\": \"...\", \"comment\": \"...\", \"basedOn\": 3}";
        }
        if (type == TextRequest.class) {
            return "{\"text\": \"...\"}";
        }
        if (type == HoursRequest.class) {
            return "{\"hours\": {\"mon-fri\": \"08:30-17:30\"}}";
        }
        if (type == ChoicesRequest.class) {
            return "{\"choices\": {\"1\": \"to-civil-status\"}}";
        }
        return "{\"lines\": [\"...\"]}";
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new BadRequestResponse("'" + field + "' is missing from the body");
        }
        return value;
    }

    static int number(Context ctx, String param) {
        return parse(ctx.pathParam(param), param);
    }

    static int parse(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("'" + name + "' must be a version number, not '" + value + "'");
        }
    }
}
