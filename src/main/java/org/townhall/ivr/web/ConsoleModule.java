package org.townhall.ivr.web;

import io.javalin.Javalin;

/**
 * One area of the console (sign-in, menus, operators, dashboard…): it adds its pages and API routes, each with
 * its {@link Access}. Handlers find the signed-in user with {@link Auth#user}.
 */
public interface ConsoleModule {
    void routes(Javalin app, Pages pages);
}
