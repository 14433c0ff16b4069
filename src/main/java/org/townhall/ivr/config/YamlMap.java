package org.townhall.ivr.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read strictly: duplicate keys, unknown keys and wrong types become problems with the line
 * they are on. Nothing is converted silently.
 */
final class YamlMap {
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final Problems problems;
    private final String owner;
    private final Location location;

    private YamlMap(MappingNode node, Problems problems, String owner) {
        this.problems = problems;
        this.owner = owner;
        this.location = problems.at(node.getStartMark().getLine());
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.add(problems.at(keyNode.getStartMark().getLine()), owner, "a key must be a plain word");
                continue;
            }
            String key = scalar.getValue();
            int line = keyNode.getStartMark().getLine();
            if (values.containsKey(key)) {
                problems.add(problems.at(line), owner, "duplicate key '" + key + "' (first written on line "
                        + (keyLines.get(key) + 1) + ")");
                continue;
            }
            values.put(key, tuple.getValueNode());
            keyLines.put(key, line);
        }
    }

    /** Reads {@code node} as a mapping, or records a problem and returns empty. */
    static Optional<YamlMap> of(Node node, Problems problems, String owner, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, problems, owner));
        }
        problems.add(problems.at(node.getStartMark().getLine()), owner, what + " must be a mapping of 'key: value' lines");
        return Optional.empty();
    }

    Location location() {
        return location;
    }

    Location locationOf(String key) {
        Integer line = keyLines.get(key);
        return line == null ? location : problems.at(line);
    }

    Set<String> keys() {
        return values.keySet();
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Problems problems() {
        return problems;
    }

    String owner() {
        return owner;
    }

    /** Records a problem for every key not in {@code allowed}, suggesting the closest allowed one. */
    void allowOnly(Set<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                String hint = Names.closest(key, allowed).map(s -> " (did you mean '" + s + "'?)")
                        .orElse(" (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
                problems.add(locationOf(key), owner, "unknown key '" + key + "'" + hint);
            }
        }
    }

    Optional<Node> raw(String key) {
        return Optional.ofNullable(values.get(key));
    }

    Optional<String> string(String key) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.add(locationOf(key), owner, "'" + key + "' must be a single value, not a list or a mapping");
        return Optional.empty();
    }

    Optional<String> requiredString(String key, String why) {
        if (!values.containsKey(key)) {
            problems.add(location, owner, "missing '" + key + "': " + why);
            return Optional.empty();
        }
        return string(key);
    }

    Optional<YamlMap> map(String key) {
        Node node = values.get(key);
        return node == null ? Optional.empty() : of(node, problems, owner, "'" + key + "'");
    }

    /** A list of scalars; a single scalar counts as a one-element list. */
    Optional<List<Scalar>> scalars(String key) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(scalarsOf(node, key));
    }

    List<Scalar> scalarsOf(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return List.of(new Scalar(scalar.getValue(), problems.at(scalar.getStartMark().getLine())));
        }
        if (node instanceof SequenceNode seq) {
            List<Scalar> out = new java.util.ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    out.add(new Scalar(s.getValue(), problems.at(s.getStartMark().getLine())));
                } else {
                    problems.add(problems.at(item.getStartMark().getLine()), owner,
                            "each item of '" + key + "' must be a single value");
                }
            }
            return out;
        }
        problems.add(problems.at(node.getStartMark().getLine()), owner, "'" + key + "' must be a value or a list of values");
        return List.of();
    }

    /** A list of mappings. */
    List<YamlMap> maps(String key) {
        Node node = values.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.add(locationOf(key), owner, "'" + key + "' must be a list ('- ' items)");
            return List.of();
        }
        List<YamlMap> out = new java.util.ArrayList<>();
        for (Node item : seq.getValue()) {
            of(item, problems, owner, "each item of '" + key + "'").ifPresent(out::add);
        }
        return out;
    }

    /** A scalar value with the line it was written on. */
    record Scalar(String value, Location location) {
    }
}
