package org.townhall.ivr.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.ConfigProblem;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.config.TownHall;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks a town hall file without starting anything; exit code 1 when it would be rejected. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a town hall configuration file; prints file:line: problem for each mistake.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the town hall YAML file")
    Path file;

    @picocli.CommandLine.Option(names = "--models", defaultValue = "models",
            description = "speech models directory, to report languages without a model (default: ${DEFAULT-VALUE})")
    Path models;

    @Override
    public Integer call() {
        try {
            TownHall townHall = ConfigLoader.load(file);
            for (String language : townHall.languages()) {
                if (!org.townhall.ivr.speech.SpeechModels.isModel(models.resolve(language))) {
                    System.out.printf("%s: warning: no speech model for '%s' in %s: these callers will use the keypad "
                            + "(see models/README.md)%n", file, language, models.resolve(language));
                }
            }
            System.out.printf("%s: valid — '%s', version %s, %d departments, %d menu nodes, languages %s%n", file,
                    townHall.name(), townHall.version(), townHall.departments().size(),
                    townHall.menu().nodes().size(), townHall.languages());
            return 0;
        } catch (InvalidConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                System.err.println(problem);
            }
            System.err.printf("%s: rejected (%d problem%s)%n", file, e.problems().size(),
                    e.problems().size() == 1 ? "" : "s");
            return 1;
        }
    }
}
