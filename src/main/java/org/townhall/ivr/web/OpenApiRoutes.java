package org.townhall.ivr.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the hand-written OpenAPI 3.0 description of the API, from the jar. */
public final class OpenApiRoutes implements ConsoleModule {
    static final String RESOURCE = "/openapi.json";

    private final byte[] document;

    public OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
        }
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document), Access.SIGNED_IN);
    }
}
