package org.townhall.ivr.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.townhall.ivr.console.Accounts;
import org.townhall.ivr.console.PasswordHasher;
import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.User;
import org.townhall.ivr.store.sqlite.SqliteAuditLog;
import org.townhall.ivr.store.sqlite.SqliteDatabase;
import org.townhall.ivr.store.sqlite.SqliteUserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user add|token|list}: console accounts from the command line (the first admin, API tokens for scripts). */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the web console's users.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class, UserCommand.ListUsers.class})
final class UserCommand extends CommandGroup {

    /** The data directory option and the accounts on it, shared by the sub-commands. */
    static class DataOption extends DataDirectoryOption {
        <T> T withAccounts(java.util.function.Function<Accounts, T> work) {
            try (SqliteDatabase db = openDatabase()) {
                return work.apply(new Accounts(new SqliteUserStore(db), new SqliteAuditLog(db), new PasswordHasher(),
                        Clock.systemUTC()));
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create a user. The password is asked twice on the terminal, or read from the first line of"
                    + " standard input with --password-stdin."})
    static final class Add extends DataOption implements Callable<Integer> {
        @Option(names = "--role", required = true, description = "admin, supervisor or operator")
        String role;

        @Option(names = "--department", description = "operators: a department they serve (repeat it; none: all)")
        List<String> departments = List.of();

        @Option(names = "--lang", defaultValue = "en", description = "console language, en or fr (default: ${DEFAULT-VALUE})")
        String language;

        @Option(names = "--password-stdin", description = "read the password from standard input")
        boolean passwordStdin;

        @Parameters(paramLabel = "NAME", description = "the user name to sign in with")
        String name;

        @Override
        public Integer call() throws Exception {
            String password = passwordStdin ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    .readLine() : askTwice();
            if (password == null) {
                System.err.println("no password given");
                return 2;
            }
            try {
                User user = withAccounts(a -> a.add("command-line", name, password, Role.ofCode(role),
                        new LinkedHashSet<>(departments), language));
                System.out.println("user '" + user.name() + "' (" + user.role().code() + ") created in "
                        + data.resolve("townhall.db"));
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }

        private static String askTwice() {
            Console console = System.console();
            if (console == null) {
                System.err.println("no terminal to ask the password on: use --password-stdin");
                return null;
            }
            char[] first = console.readPassword("Password (at least %d characters): ",
                    PasswordHasher.MIN_PASSWORD_LENGTH);
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !new String(first).equals(new String(second))) {
                System.err.println("the two passwords differ");
                return null;
            }
            return new String(first);
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Create an API token for a user and print it (only its hash is kept).")
    static final class Token extends DataOption implements Callable<Integer> {
        @Option(names = "--label", defaultValue = "command-line", description = "what the token is for")
        String label;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return withAccounts(a -> {
                var user = a.byName(name);
                if (user.isEmpty()) {
                    System.err.println("no user named '" + name + "'");
                    return 2;
                }
                System.out.println(a.newToken("command-line", user.get(), label));
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
    static final class ListUsers extends DataOption implements Callable<Integer> {
        @Override
        public Integer call() {
            return withAccounts(a -> {
                for (User u : a.all()) {
                    System.out.printf("%-24s %-10s %s%s%n", u.name(), u.role().code(),
                            u.departments().isEmpty() ? "" : String.join(",", u.departments()),
                            u.disabled() ? " (disabled)" : "");
                }
                return 0;
            });
        }
    }
}
