package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.Drafts;
import org.townhall.ivr.console.testcall.Input;
import org.townhall.ivr.console.testcall.TestCallException;
import org.townhall.ivr.console.testcall.TestCallState;
import org.townhall.ivr.console.testcall.TestCalls;
import org.townhall.ivr.console.testcall.UploadedWav;

/**
 * Test calls (supervisors): the page {@code /testcall} (start, keypad, what the caller says, the dialogue as it
 * happens) and the API {@code /api/testcalls}.
 */
public final class TestCallRoutes implements ConsoleModule {
    private final TestCalls calls;
    private final Drafts drafts;

    public TestCallRoutes(TestCalls calls, Drafts drafts) {
        this.calls = calls;
        this.drafts = drafts;
    }

    /** What is tested: the live configuration, a saved version, or a YAML draft. */
    private record Chosen(TownHall townHall, String label) {
    }

    record StartRequest(Integer version, String yaml, String language, String caller) {
    }

    record InputRequest(String key, String say, Boolean silence, String dial, Boolean hangup) {
    }

    record Line(int seq, String who, String text, String node, String event, String input, String target,
                String decision) {
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.exception(TestCallException.class, (e, ctx) -> ctx.status(switch (e.reason()) {
            case UNKNOWN -> 404;
            case LIMIT, FINISHED, NO_VOICE -> 409;
        }).json(Map.of("error", e.getMessage(), "reason", e.reason().name().toLowerCase(java.util.Locale.ROOT))));
        app.exception(InvalidConfigException.class, (e, ctx) -> ctx.status(422).json(Map.of(
                "error", "the configuration has " + e.problems().size() + " problem(s)", "problems", problems(e))));

        app.get("/testcall", ctx -> startPage(ctx, pages, Map.of()), Access.SUPERVISOR);
        app.post("/testcall", ctx -> startFromPage(ctx, pages), Access.SUPERVISOR);
        app.get("/testcall/call/{id}", ctx -> callPage(ctx, pages), Access.SUPERVISOR);
        app.get("/testcall/call/{id}/updates", ctx -> updates(ctx, pages), Access.SUPERVISOR);
        app.post("/testcall/call/{id}/input", ctx -> pageInput(ctx, () -> formInput(ctx)), Access.SUPERVISOR);
        app.post("/testcall/call/{id}/wav", ctx -> pageInput(ctx, () -> wav(ctx)), Access.SUPERVISOR);

        app.post("/api/testcalls", this::startFromApi, Access.SUPERVISOR);
        app.post("/api/testcalls/{id}/input", ctx -> {
            calls.input(Auth.user(ctx).name(), ctx.pathParam("id"), jsonInput(ctx));
            ctx.status(202).json(Map.of("accepted", true));
        }, Access.SUPERVISOR);
        app.post("/api/testcalls/{id}/wav", ctx -> {
            calls.input(Auth.user(ctx).name(), ctx.pathParam("id"), wav(ctx));
            ctx.status(202).json(Map.of("accepted", true));
        }, Access.SUPERVISOR);
        app.get("/api/testcalls/{id}", ctx -> {
            TestCallState state = calls.state(Auth.user(ctx).name(), ctx.pathParam("id"), after(ctx),
                    awaiting(ctx), waitFor(ctx));
            Texts texts = Pages.texts(ctx);
            Map<String, Object> json = new HashMap<>();
            json.put("id", state.id());
            json.put("recordId", state.recordId());
            json.put("language", state.language());
            json.put("caller", state.caller());
            json.put("configuration", state.configuration());
            json.put("awaiting", state.awaiting());
            json.put("finished", state.finished());
            json.put("outcome", state.outcome());
            json.put("last", state.last());
            json.put("speech", state.speech());
            json.put("typedSpeech", state.typedSpeech());
            json.put("dialogue", state.lines().stream().map(l -> new Line(l.seq(), l.who().code(),
                    DialogueText.of(l, texts), l.node(), l.event(), l.input(), l.target(),
                    DialogueText.decision(l, texts))).toList());
            ctx.json(json);
        }, Access.SUPERVISOR);
    }

    // --- API ---

    private void startFromApi(Context ctx) throws InvalidConfigException {
        StartRequest request;
        try {
            request = ctx.body().isBlank() ? new StartRequest(null, null, null, null) : ctx.bodyAsClass(StartRequest.class);
        } catch (RuntimeException e) {
            throw new BadRequestResponse("expected {\"version\": n} or {\"yaml\": \"…\"}, with \"language\" and"
                    + " \"caller\" (a number, or \"withheld\"): " + e.getMessage());
        }
        Chosen chosen = choose(request.version(), request.yaml());
        String caller = request.caller() == null || request.caller().isBlank()
                || request.caller().equalsIgnoreCase("withheld") ? null : request.caller().strip();
        String id = calls.start(Auth.user(ctx).name(), chosen.townHall(), request.language(), caller, chosen.label());
        ctx.status(201).json(Map.of("id", id));
    }

    private static Input jsonInput(Context ctx) {
        InputRequest r;
        try {
            r = ctx.bodyAsClass(InputRequest.class);
        } catch (RuntimeException e) {
            throw new BadRequestResponse("expected one of {\"key\":\"2\"}, {\"say\":\"…\"}, {\"silence\":true},"
                    + " {\"dial\":\"answer|busy|noanswer\"}, {\"hangup\":true}");
        }
        return input(r.key(), r.say(), Boolean.TRUE.equals(r.silence()), r.dial(), Boolean.TRUE.equals(r.hangup()));
    }

    private static Input input(String key, String say, boolean silence, String dial, boolean hangup) {
        int given = (key != null ? 1 : 0) + (say != null ? 1 : 0) + (silence ? 1 : 0) + (dial != null ? 1 : 0)
                + (hangup ? 1 : 0);
        if (given != 1) {
            throw new BadRequestResponse("give exactly one of key, say, silence, dial, hangup");
        }
        if (key != null) {
            if (key.length() != 1) {
                throw new BadRequestResponse("key must be one of 0-9, * or #, not '" + key + "'");
            }
            return new Input.Key(key.charAt(0));
        }
        if (say != null) {
            return new Input.Say(say);
        }
        if (dial != null) {
            return Input.Dial.parse(dial);
        }
        return hangup ? new Input.Hangup() : new Input.Silence();
    }

    private static Input wav(Context ctx) {
        UploadedFile file = ctx.uploadedFile("wav");
        if (file == null) {
            throw new BadRequestResponse("upload the WAV file as multipart field 'wav'");
        }
        if (file.size() > UploadedWav.MAX_BYTES) {
            throw new BadRequestResponse("the WAV file is larger than " + UploadedWav.MAX_BYTES / 1024 / 1024 + " MB");
        }
        try (InputStream in = file.content()) {
            return UploadedWav.read(in.readAllBytes(), file.filename());
        } catch (IOException e) {
            throw new BadRequestResponse("the WAV file could not be read: " + e.getMessage());
        }
    }

    private Chosen choose(Integer version, String yaml) throws InvalidConfigException {
        if (yaml != null && !yaml.isBlank()) {
            return new Chosen(ConfigLoader.parse(yaml, "draft.yaml"), "YAML draft");
        }
        if (version != null) {
            return new Chosen(drafts.version(version).orElseThrow(() -> new NotFoundResponse(
                    "no configuration version " + version)), "version " + version);
        }
        return new Chosen(drafts.live(), "live");
    }

    private static List<Map<String, Object>> problems(InvalidConfigException e) {
        return e.problems().stream().map(p -> {
            Map<String, Object> m = new HashMap<>();
            m.put("line", p.location().line());
            m.put("node", p.nodeId());
            m.put("message", p.message());
            return m;
        }).toList();
    }

    /** {@code ?wait=5}: answer as soon as something changes, within 5 s (a long poll). */
    private static java.time.Duration waitFor(Context ctx) {
        String value = ctx.queryParam("wait");
        try {
            return value == null ? java.time.Duration.ZERO : java.time.Duration.ofMillis(
                    (long) (Math.max(0, Math.min(TestCalls.MAX_WAIT.toSeconds(), Double.parseDouble(value))) * 1000));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("wait must be a number of seconds, not '" + value + "'");
        }
    }

    private static String awaiting(Context ctx) {
        String value = ctx.queryParam("awaiting");
        if (value != null && !List.of("nothing", "key", "digits", "speech", "dial").contains(value)) {
            throw new BadRequestResponse("awaiting must be nothing, key, digits, speech or dial");
        }
        return value;
    }

    private static int after(Context ctx) {
        String value = ctx.queryParam("after");
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("after must be a line number, not '" + value + "'");
        }
    }

    // --- pages ---

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
            Chosen chosen = choose(version == null || version.isBlank() ? null : Integer.valueOf(version.strip()),
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
                "lines", state.lines().stream().map(l -> new ShownLine(l.who().code(), DialogueText.of(l, texts),
                        l.node())).toList()));
    }

    private void updates(Context ctx, Pages pages) {
        TestCallState state = state(ctx, after(ctx));
        Texts texts = Pages.texts(ctx);
        String was = ctx.queryParam("awaiting");
        boolean changed = !state.awaiting().equals(was) || state.finished();
        pages.render(ctx, "testcallUpdates.jte", Map.of("call", state, "changed", changed,
                "lines", state.lines().stream().map(l -> new ShownLine(l.who().code(), DialogueText.of(l, texts),
                        l.node())).toList()));
    }

    /** A dialogue line as the page shows it. */
    public record ShownLine(String who, String text, String node) {
    }

    private TestCallState state(Context ctx, int after) {
        try {
            return calls.state(Auth.user(ctx).name(), ctx.pathParam("id"), after);
        } catch (TestCallException e) {
            throw new NotFoundResponse(e.getMessage());
        }
    }

    private static Input formInput(Context ctx) {
        return input(ctx.formParam("key"), ctx.formParam("say"), ctx.formParam("silence") != null,
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
