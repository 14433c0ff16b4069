package org.townhall.ivr.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.store.CallQuery;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.StoreException;

/** The read-only HTTP API: health, calls and their paths, callback requests. JSON, times in UTC ISO-8601. */
public final class HttpApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
    private static final int MAX_LIMIT = 1000;

    private final Javalin app;
    private final WebConfig config;

    public HttpApi(WebConfig config, CallStore store, Supplier<Map<String, Object>> health) {
        this.config = config;
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(codes())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.app = Javalin.create(c -> {
            c.jsonMapper(new JavalinJackson(json, false));
            c.showJavalinBanner = false;
            c.useVirtualThreads = false;
        });
        app.get("/health", ctx -> ctx.json(health.get()));
        app.get("/api/calls", ctx -> ctx.json(store.calls(new CallQuery(ctx.queryParam("department"),
                outcome(ctx), limit(ctx)))));
        app.get("/api/calls/{id}", ctx -> ctx.json(store.call(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no call '" + ctx.pathParam("id") + "'"))));
        app.get("/api/callbacks", ctx -> ctx.json(store.callbacks(status(ctx), ctx.queryParam("department"),
                limit(ctx))));
        app.exception(StoreException.class, (e, ctx) -> {
            log.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
            ctx.status(503).json(Map.of("error", "the call store is not available", "detail", e.getMessage()));
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
    }

    /** Outcomes and statuses as the lower-case codes used everywhere else ({@code hung-up}, {@code open}). */
    private static SimpleModule codes() {
        SimpleModule module = new SimpleModule("townhall-codes");
        module.addSerializer(Outcome.class, new StdSerializer<>(Outcome.class) {
            @Override
            public void serialize(Outcome value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.code());
            }
        });
        module.addSerializer(CallbackStatus.class, new StdSerializer<>(CallbackStatus.class) {
            @Override
            public void serialize(CallbackStatus value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(value.code());
            }
        });
        return module;
    }

    public void start() {
        app.start(config.bindAddress(), config.port());
        log.info("HTTP API on http://{}:{}/ (health: /health)", config.bindAddress(), port());
    }

    public int port() {
        return app.port();
    }

    private static int limit(Context ctx) {
        String value = ctx.queryParam("limit");
        if (value == null) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new BadRequestResponse("limit must be between 1 and " + MAX_LIMIT);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("limit must be a number, not '" + value + "'");
        }
    }

    private static Outcome outcome(Context ctx) {
        String value = ctx.queryParam("outcome");
        if (value == null) {
            return null;
        }
        try {
            return Outcome.ofCode(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("unknown outcome '" + value
                    + "' (transferred, callback, hung-up, ended, error, interrupted)");
        }
    }

    private static CallbackStatus status(Context ctx) {
        String value = ctx.queryParam("status");
        return value == null ? null : CallbackStatus.ofCode(value);
    }

    @Override
    public void close() {
        app.stop();
    }
}
