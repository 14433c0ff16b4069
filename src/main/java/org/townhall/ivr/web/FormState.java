package org.townhall.ivr.web;

import java.util.List;
import java.util.Map;
import org.townhall.ivr.console.FieldProblem;

/**
 * A form of the menu pages as shown: the values (the draft's, or what was just typed when it was refused) and the
 * problems of the refused save, found by field so that each is shown next to its field.
 */
public record FormState(Map<String, String> values, List<FieldProblem> problems) {
    public FormState {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The messages of the problems at {@code path} or inside it. */
    public List<String> errors(String path) {
        return problems.stream().filter(p -> p.concerns(path)).map(FieldProblem::message).toList();
    }

    /** The messages of the problems at {@code path} itself, not inside it (for a group of fields). */
    public List<String> errorsAt(String path) {
        return problems.stream().filter(p -> path.equals(p.field())).map(FieldProblem::message).toList();
    }

    public boolean hasErrors(String path) {
        return !errors(path).isEmpty();
    }

    /** An element id for the error of {@code path}, for {@code aria-describedby}. */
    public static String errorId(String path) {
        return "error-" + path.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
