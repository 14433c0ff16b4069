package org.townhall.ivr.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders the console's templates (src/main/jte, compiled at build time) with the page's context. */
public final class Pages {
    static final String LANG_COOKIE = "townhall_lang";
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} (e.g. {@code "login.jte"}) with {@code params} plus {@code page}. */
    public void render(Context ctx, String template, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", page(ctx));
        StringOutput out = new StringOutput();
        templates.render(template, all, out);
        ctx.html(out.toString());
    }

    public void render(Context ctx, String template) {
        render(ctx, template, Map.of());
    }

    /** The context of the page being served: language, user, form token, path. */
    public static PageContext page(Context ctx) {
        ConsoleSession session = ctx.attribute(Auth.SESSION);
        return new PageContext(texts(ctx), Auth.userOrNull(ctx), session == null ? null : session.csrfToken(),
                ctx.path());
    }

    /** The reader's language: chosen in the page, else the user's, else the browser's, else English. */
    public static Texts texts(Context ctx) {
        String chosen = ctx.cookie(LANG_COOKIE);
        if (chosen != null && Texts.LANGUAGES.contains(chosen)) {
            return Texts.of(chosen);
        }
        var user = Auth.userOrNull(ctx);
        if (user != null) {
            return Texts.of(user.language());
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).startsWith("fr")) {
            return Texts.of("fr");
        }
        return Texts.of("en");
    }
}
