package org.townhall.ivr.web;

import io.javalin.Javalin;
import java.time.Clock;
import org.townhall.ivr.console.ConfigVersions;

public final class MenuPages implements ConsoleModule {
    public MenuPages(ConfigVersions versions, Clock clock) {
    }

    @Override
    public void routes(Javalin app, Pages pages) {
    }
}
