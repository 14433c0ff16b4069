package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.Drafts;
import org.townhall.ivr.console.testcall.Input;
import org.townhall.ivr.console.testcall.TestCallException;
import org.townhall.ivr.console.testcall.TestCallState;
import org.townhall.ivr.console.testcall.TestCalls;

/** The test call page (supervisors): start a call, then the keypad, what the caller says, the dialogue live. */
final class TestCallPages {
    private final TestCalls calls;
    private final Drafts drafts;

    TestCallPages(TestCalls calls, Drafts drafts) {
        this.calls = calls;
        this.drafts = drafts;
    }

    void routes(Javalin app, Pages pages) {
        app.get("/testcall", ctx -> startPage(ctx, pages, Map.of()), Access.SUPERVISOR);
        app.post("/testcall", ctx -> startFromPage(ctx, pages), Access.SUPERVISOR);
        app.get("/testcall/call/{id}", ctx -> callPage(ctx, pages), Access.SUPERVISOR);
        app.get("/testcall/call/{id}/updates", ctx -> updates(ctx, pages), Access.SUPERVISOR);
        app.post("/testcall/call/{id}/input", ctx -> pageInput(ctx, () -> formInput(ctx)), Access.SUPERVISOR);
        app.post("/testcall/call/{id}/wav", ctx -> pageInput(ctx, () -> TestCallRequests.wav(ctx)), Access.SUPERVISOR);
    }

    private void startPage(Context ctx, Pages pages, Map<String, Object> form) {
        Integer version = null;
        String v = ctx.queryParam("version") != null ? ctx.queryParam("version") : ctx.formParam("version");
        if (v != null && !v.isBlank()) {
            try {
                version = Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("version must be a number, not '" + v + "'");
            }
        }
        TownHall townHall = drafts.live();
        String versionError = "";
        if (version != null && drafts.version(version).isEmpty()) {
            versionError = Pages.texts(ctx).t("testcall.noVersion", String.valueOf(version));
        } else if (version != null) {
            townHall = drafts.version(version).get();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("version", version == null ? "" : String.valueOf(version));
        params.put("versionError", versionError);
        params.put("languages", townHall.languages());
        params.put("language", townHall.defaultLanguage());
        params.put("caller", "0612345678");
        params.put("yaml", drafts.liveText());
        params.put("useYaml", false);
        params.put("problems", List.of());
        params.put("error", "");
        params.put("speech", calls.speechOn());
        params.put("voice", townHall.languages().stream().filter(calls::typedSpeech).toList());
        params.putAll(form);
        pages.render(ctx, "testcall.jte", params);
    }

    private void startFromPage(Context ctx, Pages pages) {
        boolean useYaml = ctx.formParam("use-yaml") != null;
        String yaml = ctx.formParam("yaml");
        String language = ctx.formParam("language");
        boolean withheld = ctx.formParam("withheld") != null;
        String caller = ctx.formParam("caller");
        Map<String, Object> form = new HashMap<>();
        form.put("useYaml", useYaml);
        form.put("yaml", yaml == null ? "" : yaml);
        form.put("caller", caller == null ? "" : caller);
        if (language != null) {
            form.put("language", language);
        }
        try {
            String version = ctx.formParam("version");
            TestCallRequests.Chosen chosen = TestCallRequests.choose(drafts, version == null || version.isBlank() ? null : Integer.valueOf(version.strip()),
                    useYaml ? yaml : null);
            String number = withheld || caller == null || caller.isBlank() ? null : caller.strip();
            String id = calls.start(Auth.user(ctx).name(), chosen.townHall(), language, number, chosen.label());
            ctx.redirect("/testcall/call/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidConfigException e) {
            form.put("problems", e.problems().stream().map(p -> (p.location().line() > 0 ? p.location().line() + ": "
                    : "") + (p.nodeId() == null ? "" : p.nodeId() + ": ") + p.message()).toList());
            ctx.status(422);
            startPage(ctx, pages, form);
        } catch (IllegalArgumentException | TestCallException | NotFoundResponse e) {
            form.put("error", e.getMessage());
            ctx.status(e instanceof TestCallException ? 409 : 400);
            startPage(ctx, pages, form);
        }
    }

    private void callPage(Context ctx, Pages pages) {
        TestCallState state = state(ctx, 0);
        Texts texts = Pages.texts(ctx);
        pages.render(ctx, "testcallCall.jte", Map.of("call", state,
                "lines", state.lines().stream().map(l -> new TestCallRoutes.ShownLine(l.who().code(), DialogueText.of(l, texts),
                        l.node())).toList()));
    }

    private void updates(Context ctx, Pages pages) {
        TestCallState state = state(ctx, TestCallRequests.after(ctx));
        Texts texts = Pages.texts(ctx);
        String was = ctx.queryParam("awaiting");
        boolean changed = !state.awaiting().equals(was) || state.finished();
        pages.render(ctx, "testcallUpdates.jte", Map.of("call", state, "changed", changed,
                "lines", state.lines().stream().map(l -> new TestCallRoutes.ShownLine(l.who().code(), DialogueText.of(l, texts),
                        l.node())).toList()));
    }

    private TestCallState state(Context ctx, int after) {
        try {
            return calls.state(Auth.user(ctx).name(), ctx.pathParam("id"), after);
        } catch (TestCallException e) {
            throw new NotFoundResponse(e.getMessage());
        }
    }

    private static Input formInput(Context ctx) {
        return TestCallRequests.input(ctx.formParam("key"), ctx.formParam("say"), ctx.formParam("silence") != null,
                ctx.formParam("dial"), ctx.formParam("hangup") != null);
    }

    /** Page inputs answer with a short message for the page's alert region (empty when all went well). */
    private void pageInput(Context ctx, java.util.function.Supplier<Input> input) {
        try {
            calls.input(Auth.user(ctx).name(), ctx.pathParam("id"), input.get());
            ctx.html("");
        } catch (TestCallException | IllegalArgumentException | BadRequestResponse e) {
            ctx.html(escape(e.getMessage()));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
