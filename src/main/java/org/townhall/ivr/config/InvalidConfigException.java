package org.townhall.ivr.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a configuration file is rejected; carries every problem found, not just the first. */
public final class InvalidConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(problems.size() + " problem(s) in the configuration:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
