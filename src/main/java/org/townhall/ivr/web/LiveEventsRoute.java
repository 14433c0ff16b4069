package org.townhall.ivr.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.console.LiveCalls;
import org.townhall.ivr.console.LiveEvent;
import org.townhall.ivr.console.LiveSubscription;
import org.townhall.ivr.console.ScreenPops;
import org.townhall.ivr.store.User;

/**
 * {@code GET /api/live/events}: the live calls as server-sent events, limited to the reader's departments. First a
 * {@code snapshot} (the calls now in the IVR), then one event per change ({@code call-started},
 * {@code transfer-ringing} with the screen pop, {@code call-ended}…), JSON data, a comment every
 * {@link #HEARTBEAT} so proxies and the browser know the line is alive. The connection's own thread writes; the
 * calls only drop events in its bounded queue.
 */
final class LiveEventsRoute implements Handler {
    private static final Logger log = LoggerFactory.getLogger(LiveEventsRoute.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final LiveCalls live;
    private final ScreenPops pops;

    LiveEventsRoute(LiveCalls live, ScreenPops pops) {
        this.live = live;
        this.pops = pops;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        User user = Auth.user(ctx);
        LiveSubscription feed;
        try {
            feed = live.subscribe(user::serves);
        } catch (IllegalStateException e) {
            log.warn("live view refused to {}: {}", user.name(), e.getMessage());
            ctx.status(503).json(Map.of("error", e.getMessage()));
            return;
        }
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        res.setHeader("X-Content-Type-Options", "nosniff");
        try (feed) {
            OutputStream out = res.getOutputStream();
            write(out, "retry: 3000\n\n");
            send(ctx, out, "snapshot", Map.of("calls", live.snapshot(user::serves)));
            while (feed.isOpen()) {
                Optional<LiveEvent> event = feed.next(HEARTBEAT);
                if (event.isPresent()) {
                    LiveEvent e = event.get();
                    send(ctx, out, e.name(), e.name().equals(LiveEvent.RINGING) ? pops.pop(e.call(), user) : e);
                } else if (feed.isOpen()) {
                    write(out, ": heartbeat\n\n");
                }
            }
        } catch (IOException e) {
            log.debug("live view of {} closed: {}", user.name(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(Context ctx, OutputStream out, String name, Object data) throws IOException {
        // JSON never holds a raw line break, so the data fits on one "data:" line
        write(out, "event: " + name + "\ndata: " + ctx.jsonMapper().toJsonString(data, data.getClass()) + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
