package org.townhall.ivr.console;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.townhall.ivr.config.ConfigProblem;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Which YAML key is written on each line of a text ({@code departments.roads.hours.mon-fri}): turns the line of a
 * {@link ConfigProblem} into the field a form shows it next to. On a line with several keys, the deepest wins.
 */
final class FieldPaths {
    private final Map<Integer, String> byLine = new HashMap<>();

    private FieldPaths(String yaml) {
        try {
            Node root = new Yaml().compose(new StringReader(yaml));
            if (root != null) {
                walk(root, "");
            }
        } catch (YAMLException e) {
            // not YAML: the problems say so, and no field can be named
        }
    }

    static List<FieldProblem> of(String yaml, List<ConfigProblem> problems) {
        FieldPaths paths = new FieldPaths(yaml);
        return problems.stream().map(p -> new FieldProblem(p.location().line(), paths.at(p.location().line()),
                p.nodeId(), p.message())).toList();
    }

    String at(int line) {
        return byLine.get(line);
    }

    private void walk(Node node, String path) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    int line = key.getStartMark().getLine() + 1;
                    String known = byLine.get(line);
                    if (known == null || depth(child) > depth(known)) {
                        byLine.put(line, child);
                    }
                    walk(tuple.getValueNode(), child);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                byLine.putIfAbsent(item.getStartMark().getLine() + 1, path);
                walk(item, path);
            }
        }
    }

    private static int depth(String path) {
        return path.split("\\.").length;
    }
}
