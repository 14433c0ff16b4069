package org.townhall.ivr.cli;

/** A command that only groups sub-commands ({@code user}, {@code config}, {@code prompts}): alone, it shows its usage. */
abstract class CommandGroup implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
