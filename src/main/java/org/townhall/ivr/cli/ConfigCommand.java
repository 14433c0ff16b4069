package org.townhall.ivr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.townhall.ivr.console.ConfigVersions;
import org.townhall.ivr.console.FieldProblem;
import org.townhall.ivr.console.InvalidVersionException;
import org.townhall.ivr.store.ConfigVersion;
import org.townhall.ivr.store.sqlite.SqliteAuditLog;
import org.townhall.ivr.store.sqlite.SqliteConfigVersionStore;
import org.townhall.ivr.store.sqlite.SqliteDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code config export|import}: the menu configuration's versions as YAML files. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Export or import the menu configuration stored in the data directory.",
        subcommands = {ConfigCommand.Export.class, ConfigCommand.Import.class})
final class ConfigCommand extends CommandGroup {
    static final String AUTHOR = "command-line";


    /** The data directory option and the versions stored in it. */
    static class DataOption extends DataDirectoryOption {
        interface Work {
            int run(ConfigVersions versions) throws Exception;
        }

        int withVersions(Work work) throws Exception {
            try (SqliteDatabase db = openDatabase()) {
                return work.run(new ConfigVersions(new SqliteConfigVersionStore(db), new SqliteAuditLog(db),
                        Clock.systemUTC(), new AtomicReference<>()));
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the live version (or --version N) as YAML to FILE, or to standard output.")
    static final class Export extends DataOption implements Callable<Integer> {
        @Option(names = "--version", description = "the version number (default: the live one)")
        Integer version;

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "where to write (default: standard output)")
        Path file;

        @Override
        public Integer call() throws Exception {
            java.io.PrintStream stdout = System.out;
            System.setOut(System.err); // the log lines go to standard output: not into the YAML
            try {
                return export(stdout);
            } finally {
                System.setOut(stdout);
            }
        }

        private int export(java.io.PrintStream stdout) throws Exception {
            return withVersions(versions -> {
                ConfigVersion v;
                try {
                    v = version == null ? versions.liveVersion() : versions.version(version);
                } catch (ConfigVersions.UnknownVersionException | IllegalStateException e) {
                    System.err.println(e.getMessage() + " in " + data.resolve("townhall.db")
                            + " (start the server once, or import a file)");
                    return 2;
                }
                if (file == null) {
                    stdout.print(v.yaml());
                    stdout.flush();
                } else {
                    Files.writeString(file, v.yaml(), StandardCharsets.UTF_8);
                    System.out.println("version " + v.number() + " written to " + file);
                }
                return 0;
            });
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Store FILE as a new version after validating it (as 'validate' does).",
                    "It is a draft until published: with --publish, or from the console. A running server takes a"
                            + " version published here at its next start."})
    static final class Import extends DataOption implements Callable<Integer> {
        @Option(names = "--publish", description = "make the new version live")
        boolean publish;

        @Option(names = "--comment", description = "what changed, for the history of versions")
        String comment;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            String yaml;
            try {
                yaml = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println(file + ": cannot read the file: " + e.getMessage());
                return 2;
            }
            return withVersions(versions -> {
                try {
                    ConfigVersion v = versions.importFile(AUTHOR, yaml, file.toString(), comment);
                    System.out.println(file + " stored as version " + v.number());
                    if (publish) {
                        versions.publish(AUTHOR, v.number());
                        System.out.println("version " + v.number() + " published");
                    }
                    return 0;
                } catch (InvalidVersionException e) {
                    for (FieldProblem p : e.problems()) {
                        System.err.println(file + ":" + p.line() + ": " + (p.node() == null ? "" : "'" + p.node() + "': ")
                                + p.message());
                    }
                    System.err.println(file + " was not imported: " + e.problems().size() + " problem(s)");
                    return 1;
                }
            });
        }
    }
}
