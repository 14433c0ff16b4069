package org.townhall.ivr.console;

import java.util.List;
import java.util.stream.Collectors;

/** A configuration that was not stored because {@code validate} rejects it; carries every problem, field by field. */
public final class InvalidVersionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidVersionException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s), nothing was saved:\n" + problems.stream()
                .map(p -> "  line " + p.line() + (p.field() == null ? "" : " (" + p.field() + ")") + ": " + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
