package org.townhall.ivr.web;

import io.javalin.Javalin;
import java.util.Map;
import org.townhall.ivr.console.Drafts;
import org.townhall.ivr.console.testcall.TestCallException;
import org.townhall.ivr.console.testcall.TestCalls;

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

    /** A dialogue line as the page shows it. */
    public record ShownLine(String who, String text, String node) {
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.exception(TestCallException.class, (e, ctx) -> ctx.status(switch (e.reason()) {
            case UNKNOWN -> 404;
            case LIMIT, FINISHED, NO_VOICE -> 409;
        }).json(Map.of("error", e.getMessage(), "reason", e.reason().name().toLowerCase(java.util.Locale.ROOT))));
        new TestCallPages(calls, drafts).routes(app, pages);
        new TestCallApi(calls, drafts).routes(app);
    }
}
