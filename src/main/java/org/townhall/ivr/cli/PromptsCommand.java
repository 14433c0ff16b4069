package org.townhall.ivr.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.PromptRenderer;
import org.townhall.ivr.voice.MaryTtsSynthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prompts build}: renders the prompts of a town hall with the voice, only what changed. */
@Command(name = "prompts", mixinStandardHelpOptions = true, description = "Work with the voice prompts.",
        subcommands = PromptsCommand.Build.class)
final class PromptsCommand extends CommandGroup {

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Render every prompt text into <prompts>/<lang>/<prompt-id>.wav (8 kHz telephone audio).",
                    "Recorded files are kept; only prompts whose text changed are rendered again."})
    static final class Build implements Callable<Integer> {
        @Option(names = "--config", defaultValue = "config/townhall.yaml", description = "town hall file (default: ${DEFAULT-VALUE})")
        Path config;

        @Option(names = "--prompts", defaultValue = "voice-prompts", description = "prompts directory (default: ${DEFAULT-VALUE})")
        Path prompts;

        @Option(names = "--voices", defaultValue = "voices", description = "extra MaryTTS voice jars (default: ${DEFAULT-VALUE})")
        Path voices;

        @Override
        public Integer call() throws Exception {
            TownHall townHall = ConfigLoader.load(config);
            long start = System.nanoTime();
            try (MaryTtsSynthesizer voice = new MaryTtsSynthesizer(voices)) {
                voice.warmUp();
                PromptRenderer.Report report = new PromptRenderer(prompts, voice).render(townHall);
                System.out.printf("%s: %s in %.1f s%n", prompts, report.summary(), (System.nanoTime() - start) / 1e9);
                report.failed().forEach(p -> System.err.println("failed: " + p));
                if (!report.noVoice().isEmpty()) {
                    System.err.printf("%d prompt(s) have neither a recording nor a voice, e.g. %s: put a MaryTTS voice jar "
                            + "in %s or record them as %s/<lang>/<prompt-id>.wav%n", report.noVoice().size(),
                            report.noVoice().get(0), voices, prompts);
                }
                return report.failed().isEmpty() ? 0 : 1;
            }
        }
    }
}
