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

    @picocli.CommandLine.Option(names = "--prompts", defaultValue = "voice-prompts",
            description = "prompts directory, to report prompts with no audio (default: ${DEFAULT-VALUE})")
    Path prompts;

    @picocli.CommandLine.Option(names = "--voices", defaultValue = "voices",
            description = "extra MaryTTS voice jars (default: ${DEFAULT-VALUE})")
    Path voices;

    @Override
    public Integer call() {
        try {
            TownHall townHall = ConfigLoader.load(file);
            for (String language : townHall.languages()) {
                if (!org.townhall.ivr.speech.SpeechModels.isModel(models.resolve(language))) {
                    System.out.printf("%s: warning: no speech model for '%s' in %s: these callers will use the keypad "
                            + "(see models/README.md)%n", file, language, models.resolve(language));
                } else if (!org.townhall.ivr.speech.SentenceMeanings.hasModel(models, language)) {
                    System.out.printf("%s: note: no sentence model for '%s' in %s: answers without a department's "
                            + "phrase are not understood by meaning (see models/README.md)%n", file, language,
                            models.resolve(language).resolve(org.townhall.ivr.speech.SentenceMeanings.DIRECTORY));
                }
            }
            reportUnheardWords(townHall);
            reportAudio(townHall);
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

    /**
     * Phrases with a meaningful word that the language's speech model has in no form: callers are never heard saying
     * it, so the phrase never matches. (Such a word in an example request only leaves its language model a word
     * short.) A speech library that cannot load here is noted, not fatal: the file itself is valid.
     */
    private void reportUnheardWords(TownHall townHall) {
        java.util.List<String> spoken = townHall.languages().stream()
                .filter(l -> org.townhall.ivr.speech.SpeechModels.isModel(models.resolve(l))).toList();
        if (spoken.isEmpty()) {
            return;
        }
        try (org.townhall.ivr.speech.SpeechModels loaded = org.townhall.ivr.speech.SpeechModels.load(models, spoken)) {
            for (String language : loaded.languages()) {
                org.townhall.ivr.speech.ModelWords words = loaded.words(language);
                for (org.townhall.ivr.config.Department d : townHall.departments().values()) {
                    java.util.Map<String, java.util.Set<String>> never = new java.util.LinkedHashMap<>();
                    for (String phrase : d.phrases(language)) {
                        java.util.Set<String> unheard = words.neverHeard(phrase);
                        if (!unheard.isEmpty()) {
                            never.put(phrase, unheard);
                        }
                    }
                    if (!never.isEmpty()) {
                        System.out.printf("%s:%d: warning: department '%s' (%s): phrase(s) %s never match: the speech "
                                + "model has no word %s. Write it as the model spells it (no hyphens, numbers in "
                                + "words), or leave it out%n", file, d.location().line(), d.id(), language,
                                never.keySet(), new java.util.LinkedHashSet<>(never.values().stream()
                                        .flatMap(java.util.Set::stream).toList()));
                    }
                }
            }
        } catch (LinkageError e) {
            System.out.printf("%s: note: the speech library could not be loaded here (%s): phrases were not checked "
                    + "against the speech models%n", file, e);
        }
    }

    /** Languages whose prompts have neither a recording nor a voice to render them: callers get the default language. */
    private void reportAudio(TownHall townHall) {
        org.townhall.ivr.engine.PromptLibrary library = new org.townhall.ivr.engine.PromptLibrary(prompts,
                prompts.toAbsolutePath().toString(), new org.townhall.ivr.engine.Sound("silence/1"));
        java.util.Set<String> voiced = null;
        for (String language : townHall.languages()) {
            java.util.List<String> missing = library.missing(townHall, language);
            if (missing.isEmpty()) {
                continue;
            }
            if (voiced == null) {
                voiced = new org.townhall.ivr.voice.MaryTtsSynthesizer(voices).languages();
            }
            if (voiced.contains(language)) {
                System.out.printf("%s: %d '%s' prompt(s) not rendered yet (serve renders them at start-up, or run "
                        + "'townhall-ivr prompts build')%n", file, missing.size(), language);
            } else {
                System.out.printf("%s: warning: no voice for '%s' and %d prompt(s) have no recording (%s): callers asking "
                        + "for '%s' get '%s'. Put a MaryTTS voice jar for '%s' in %s, or record the prompts as %s/%s/<prompt-id>.wav%n",
                        file, language, missing.size(), String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                                + (missing.size() > 3 ? ", …" : ""), language, townHall.defaultLanguage(), language,
                        voices, prompts, language);
            }
        }
    }
}
