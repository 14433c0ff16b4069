package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.console.Drafts;
import org.townhall.ivr.console.testcall.Input;
import org.townhall.ivr.console.testcall.TestCallState;
import org.townhall.ivr.console.testcall.TestCalls;

/**
 * The test call API (supervisors): {@code POST /api/testcalls} starts one, {@code POST /api/testcalls/{id}/input}
 * and {@code /wav} act in the caller's place, {@code GET /api/testcalls/{id}?after=n&wait=s} follows the dialogue
 * (a long poll when {@code wait} is given).
 */
final class TestCallApi {
    private final TestCalls calls;
    private final Drafts drafts;

    TestCallApi(TestCalls calls, Drafts drafts) {
        this.calls = calls;
        this.drafts = drafts;
    }

    record StartRequest(Integer version, String yaml, String language, String caller) {
    }

    record InputRequest(String key, String say, Boolean silence, String dial, Boolean hangup) {
    }

    record Line(int seq, String who, String text, String node, String event, String input, String target,
                String decision) {
    }

    void routes(Javalin app) {
        app.post("/api/testcalls", this::startFromApi, Access.SUPERVISOR);
        app.post("/api/testcalls/{id}/input", ctx -> {
            calls.input(Auth.user(ctx).name(), ctx.pathParam("id"), jsonInput(ctx));
            ctx.status(202).json(Map.of("accepted", true));
        }, Access.SUPERVISOR);
        app.post("/api/testcalls/{id}/wav", ctx -> {
            calls.input(Auth.user(ctx).name(), ctx.pathParam("id"), TestCallRequests.wav(ctx));
            ctx.status(202).json(Map.of("accepted", true));
        }, Access.SUPERVISOR);
        app.get("/api/testcalls/{id}", ctx -> {
            TestCallState state = calls.state(Auth.user(ctx).name(), ctx.pathParam("id"), TestCallRequests.after(ctx),
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

    private void startFromApi(Context ctx) {
        StartRequest request;
        try {
            request = ctx.body().isBlank() ? new StartRequest(null, null, null, null) : ctx.bodyAsClass(StartRequest.class);
        } catch (RuntimeException e) {
            throw new BadRequestResponse("expected {\"version\": n} or {\"yaml\": \"…\"}, with \"language\" and"
                    + " \"caller\" (a number, or \"withheld\"): " + e.getMessage());
        }
        TestCallRequests.Chosen chosen;
        try {
            chosen = TestCallRequests.choose(drafts, request.version(), request.yaml());
        } catch (InvalidConfigException e) {
            ctx.status(422).json(Map.of("error", "the configuration has " + e.problems().size() + " problem(s)",
                    "problems", TestCallRequests.problems(e)));
            return;
        }
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
        return TestCallRequests.input(r.key(), r.say(), Boolean.TRUE.equals(r.silence()), r.dial(), Boolean.TRUE.equals(r.hangup()));
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
}
