package org.townhall.ivr.console;

/**
 * One problem of a configuration being saved, placed so that a form can show it next to the field at fault.
 *
 * @param line  1-based line in the YAML text, 0 when unknown
 * @param field dotted path of the YAML key at that line (e.g. {@code departments.roads.hours.mon-fri}), or null
 * @param node  the menu node or department concerned, or null
 */
public record FieldProblem(int line, String field, String node, String message) {
    /** True when this problem concerns {@code path} or something inside it. */
    public boolean concerns(String path) {
        return field != null && (field.equals(path) || field.startsWith(path + "."));
    }
}
