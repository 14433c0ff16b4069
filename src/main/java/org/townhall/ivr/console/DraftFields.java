package org.townhall.ivr.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The values of a draft as its forms show them, read from the YAML as written (e.g. {@code tue,thu} rather than
 * the days it means), in the same shape {@link DraftEdits} takes them back.
 */
public final class DraftFields {
    private DraftFields() {
    }

    /** Day spec → slots ({@code "08:30-12:00, 13:30-17:00"}), in the file's order. */
    public static Map<String, String> hours(String yaml, String department) {
        Map<String, String> hours = new LinkedHashMap<>();
        YamlEdit.find(yaml, List.of("departments", department, "hours")).ifPresent(node -> {
            if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    hours.put(text(t.getKeyNode()), text(t.getValueNode()));
                }
            }
        });
        return hours;
    }

    /** Closures one a line, as {@link DraftEdits#closureList} reads them. */
    public static String closures(String yaml, List<String> path) {
        List<String> lines = new ArrayList<>();
        YamlEdit.find(yaml, path).ifPresent(node -> {
            if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof MappingNode m) {
                        Map<String, String> f = new LinkedHashMap<>();
                        m.getValue().forEach(t -> f.put(text(t.getKeyNode()), text(t.getValueNode())));
                        String when = f.containsKey("date") ? f.get("date") : f.getOrDefault("from", "") + " "
                                + f.getOrDefault("to", "");
                        lines.add((when + " " + f.getOrDefault("reason", "")).strip());
                    } else {
                        lines.add(text(item));
                    }
                }
            }
        });
        return String.join("\n", lines);
    }

    private static String text(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(DraftFields::text).collect(Collectors.joining(", "));
        }
        return "";
    }
}
