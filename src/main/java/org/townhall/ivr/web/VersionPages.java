package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.townhall.ivr.console.ConfigVersions;
import org.townhall.ivr.console.FieldProblem;
import org.townhall.ivr.console.InvalidVersionException;
import org.townhall.ivr.store.ConfigVersion;

/**
 * The versions of the menus as pages: the history with the live marker, publish and roll back buttons, the diff
 * of two versions, and the full YAML editor (problems listed with their line).
 */
public final class VersionPages implements ConsoleModule {
    private final ConfigVersions versions;

    public VersionPages(ConfigVersions versions) {
        this.versions = versions;
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/menus/versions", ctx -> list(ctx, pages, ""), Access.SUPERVISOR);
        app.post("/menus/versions/{n}/publish", ctx -> change(ctx, pages, false), Access.SUPERVISOR);
        app.post("/menus/versions/{n}/rollback", ctx -> change(ctx, pages, true), Access.SUPERVISOR);
        app.get("/menus/versions/{n}/diff", ctx -> diff(ctx, pages), Access.SUPERVISOR);
        app.get("/menus/yaml", ctx -> yaml(ctx, pages, null, List.of(), null), Access.SUPERVISOR);
        app.post("/menus/yaml", ctx -> saveYaml(ctx, pages), Access.SUPERVISOR);
    }

    private void list(Context ctx, Pages pages, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("banner", MenuBanner.of(versions));
        model.put("versions", versions.versions());
        model.put("publications", versions.publications());
        model.put("done", ctx.queryParam("done") == null ? "" : ctx.queryParam("done"));
        model.put("error", error);
        pages.render(ctx, "menu-versions.jte", model);
    }

    private void change(Context ctx, Pages pages, boolean rollback) {
        int n = ConfigApi.number(ctx, "n");
        try {
            if (rollback) {
                versions.rollback(Auth.user(ctx).name(), n);
            } else {
                versions.publish(Auth.user(ctx).name(), n);
            }
            ctx.redirect("/menus/versions?done=" + (rollback ? "rolledback-" : "published-") + n);
        } catch (ConfigVersions.VersionConflictException e) {
            ctx.status(409);
            list(ctx, pages, e.getMessage());
        }
    }

    private void diff(Context ctx, Pages pages) {
        int n = ConfigApi.number(ctx, "n");
        ConfigVersion version = versions.version(n);
        String against = ctx.queryParam("against");
        int m = against != null ? ConfigApi.parse(against, "against")
                : version.basedOn() != null ? version.basedOn() : versions.liveVersion().number();
        Map<String, Object> model = new HashMap<>();
        model.put("banner", MenuBanner.of(versions));
        model.put("version", version);
        model.put("other", versions.version(m));
        model.put("diff", versions.diff(m, n));
        pages.render(ctx, "menu-diff.jte", model);
    }

    private void yaml(Context ctx, Pages pages, String text, List<FieldProblem> problems, String comment) {
        MenuBanner banner = MenuBanner.of(versions);
        Map<String, Object> model = new HashMap<>();
        model.put("banner", banner);
        model.put("text", text != null ? text : banner.draft().yaml());
        model.put("problems", problems);
        model.put("comment", comment == null ? "" : comment);
        model.put("saved", ctx.queryParam("saved") == null ? "" : ctx.queryParam("saved"));
        pages.render(ctx, "menu-yaml.jte", model);
    }

    private void saveYaml(Context ctx, Pages pages) {
        String text = ctx.formParam("yaml") == null ? "" : ctx.formParam("yaml").replace("\r\n", "\n");
        String comment = ctx.formParam("comment");
        MenuBanner banner = MenuBanner.of(versions);
        try {
            ConfigVersion saved = versions.save(Auth.user(ctx).name(), text, comment, banner.draft().number());
            ctx.redirect("/menus/yaml?saved=" + saved.number());
        } catch (InvalidVersionException e) {
            ctx.status(422);
            yaml(ctx, pages, text, e.problems(), comment);
        }
    }
}
