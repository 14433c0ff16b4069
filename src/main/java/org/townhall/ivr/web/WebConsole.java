package org.townhall.ivr.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.console.Accounts;
import org.townhall.ivr.console.LoginThrottle;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.StoreException;

/**
 * The one HTTP listener of the server: the console's pages, the REST API under {@code /api}, {@code /health}.
 * Every route declares its {@link Access}; {@link Auth} enforces it before the route runs.
 */
public final class WebConsole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebConsole.class);
    /** Scripts only from our own origin (no inline script), nothing may frame the console. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; media-src 'self' blob:; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final WebConfig config;
    private final List<String> routes = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WebConsole(WebConfig config, Accounts accounts, Clock clock, List<ConsoleModule> modules) {
        this.config = config;
        ObjectMapper json = json();
        this.app = Javalin.create(c -> {
            c.jsonMapper(new JavalinJackson(json, false));
            c.showJavalinBanner = false;
            c.events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) {
                    routes.add(h.getHttpMethod().name() + " " + h.getPath());
                }
            });
            c.useVirtualThreads = false;
            c.http.defaultContentType = "application/json";
            c.staticFiles.add(s -> {
                s.hostedPath = "/webjars";
                s.directory = "/META-INF/resources/webjars";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/public";
                s.location = Location.CLASSPATH;
            });
        });
        Sessions sessions = new Sessions(clock);
        Auth auth = new Auth(accounts, sessions, new LoginThrottle(clock), clock);
        accounts.onAccessRevoked(auth::revoke);
        app.beforeMatched(auth::check);
        app.after(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("Content-Security-Policy", CSP);
        });
        Pages pages = new Pages();
        new SignInRoutes(auth, sessions, accounts).routes(app, pages);
        for (ConsoleModule module : modules) {
            module.routes(app, pages);
        }
        app.exception(StoreException.class, (e, ctx) -> {
            log.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
            ctx.status(503).json(Map.of("error", "the database is not available", "detail", e.getMessage()));
        });
        app.exception(Auth.TooManyAttempts.class, (e, ctx) -> {
            if (Auth.isApi(ctx) || ctx.header("Authorization") != null) {
                ctx.status(429).json(Map.of("error", e.getMessage()));
            } else {
                ctx.status(429);
                pages.render(ctx, "login.jte", Map.of("error", e.getMessage(), "next", "/", "loginCsrf", ""));
            }
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
    }

    /** JSON with ISO-8601 times and the lower-case codes used everywhere else ({@code hung-up}, {@code open}). */
    static ObjectMapper json() {
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
        module.addSerializer(Role.class, new StdSerializer<>(Role.class) {
            @Override
            public void serialize(Role value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.code());
            }
        });
        return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The endpoints registered, as {@code "GET /api/calls"}: what the OpenAPI description must cover. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    public void start() {
        app.start(config.bindAddress(), config.port());
        log.info("web console and API on http://{}:{}/ (health: /health)", config.bindAddress(), port());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
