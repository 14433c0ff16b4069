package org.townhall.ivr.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code townhall-ivr serve | validate | simulate}. */
@Command(name = "townhall-ivr", mixinStandardHelpOptions = true, version = "Townhall IVR 0.1",
        description = "Interactive voice response for town halls: a FastAGI server for Asterisk.",
        subcommands = {ServeCommand.class, ValidateCommand.class, SimulateCommand.class, SpeechBenchCommand.class, PhraseCheckCommand.class,
                SpokenRequestsCommand.class, PromptsCommand.class,
                UserCommand.class, ConfigCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
