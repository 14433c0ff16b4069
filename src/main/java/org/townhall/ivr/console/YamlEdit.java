package org.townhall.ivr.console;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Changes one value of a YAML text in place, keeping every comment and the layout of the rest: the value at a path
 * of mapping keys is found in the composed document (with its start and end marks) and exactly that range of the
 * text is replaced. Values are a {@code String} (always double-quoted), a {@code List} or a {@code Map<String, ?>};
 * a mapping is written in block style, a list in the style it had (a missing key: in flow style).
 */
final class YamlEdit {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_,.-]*");

    private YamlEdit() {
    }

    /** The node at {@code path}, if the text has one. */
    static Optional<Node> find(String text, List<String> path) {
        Node node = compose(text);
        for (String key : path) {
            if (!(node instanceof MappingNode map)) {
                return Optional.empty();
            }
            node = value(map, key).orElse(null);
        }
        return Optional.ofNullable(node);
    }

    /** {@code text} with the value at {@code path} replaced by {@code value} (or added when missing). */
    static String set(String text, List<String> path, Object value) {
        Node root = compose(text);
        Node parent = root;
        for (String key : path.subList(0, path.size() - 1)) {
            if (!(parent instanceof MappingNode map)) {
                throw new UnknownPathException("no '" + String.join(".", path) + "' in the configuration");
            }
            parent = value(map, key).orElseThrow(() -> new UnknownPathException(
                    "no '" + String.join(".", path) + "' in the configuration"));
        }
        if (!(parent instanceof MappingNode map)) {
            throw new UnknownPathException("'" + String.join(".", path.subList(0, path.size() - 1)) + "' is not a mapping");
        }
        String key = path.get(path.size() - 1);
        Optional<NodeTuple> tuple = map.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)).findFirst();
        if (tuple.isPresent()) {
            return replace(text, tuple.get(), value);
        }
        return insert(text, map, key, value);
    }

    private static String replace(String text, NodeTuple tuple, Object value) {
        Node old = tuple.getValueNode();
        int start = index(text, old.getStartMark().getIndex());
        int end = index(text, contentEnd(old));
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            Node key = tuple.getKeyNode();
            if (isBlock(old)) {
                return text.substring(0, start) + block(m, old.getStartMark().getColumn()) + text.substring(end);
            }
            int column = key.getStartMark().getColumn() + 2;
            int keyEnd = index(text, key.getEndMark().getIndex());
            return text.substring(0, keyEnd) + ":\n" + " ".repeat(column) + block(m, column) + text.substring(end);
        }
        if (value instanceof List<?> l && !l.isEmpty() && isBlock(old)) {
            return text.substring(0, start) + block(l, old.getStartMark().getColumn()) + text.substring(end);
        }
        return text.substring(0, start) + flow(value) + text.substring(end);
    }

    private static String insert(String text, MappingNode map, String key, Object value) {
        if (map.getValue().isEmpty() || !isBlock(map)) {
            int close = index(text, map.getEndMark().getIndex()) - 1;
            String separator = map.getValue().isEmpty() ? "" : ", ";
            return text.substring(0, close) + separator + key(key) + ": " + flow(value) + text.substring(close);
        }
        int column = map.getValue().get(0).getKeyNode().getStartMark().getColumn();
        int end = index(text, contentEnd(map));
        return text.substring(0, end) + "\n" + " ".repeat(column) + key(key) + ": " + flow(value)
                + text.substring(end);
    }

    private static boolean isBlock(Node node) {
        return node instanceof CollectionNode<?> c && c.getFlowStyle() == DumperOptions.FlowStyle.BLOCK;
    }

    /** Where the value's own text ends: for a block collection, the end of its last value (not the next key). */
    private static int contentEnd(Node node) {
        if (node instanceof MappingNode map && isBlock(map) && !map.getValue().isEmpty()) {
            return contentEnd(map.getValue().get(map.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode seq && isBlock(seq) && !seq.getValue().isEmpty()) {
            return contentEnd(seq.getValue().get(seq.getValue().size() - 1));
        }
        return node.getEndMark().getIndex();
    }

    private static String block(Map<?, ?> map, int column) {
        return map.entrySet().stream().map(e -> key(String.valueOf(e.getKey())) + ": " + flow(e.getValue()))
                .collect(Collectors.joining("\n" + " ".repeat(column)));
    }

    private static String block(List<?> list, int column) {
        return list.stream().map(v -> "- " + flow(v)).collect(Collectors.joining("\n" + " ".repeat(column)));
    }

    static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> key(String.valueOf(e.getKey())) + ": " + flow(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlEdit::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        return quote(String.valueOf(value));
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() ? key : quote(key);
    }

    /** A double-quoted YAML scalar: nothing the supervisor types can end it early or add a line. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static Optional<Node> value(MappingNode map, String key) {
        return map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key))
                .map(NodeTuple::getValueNode).findFirst();
    }

    private static Node compose(String text) {
        try {
            Node root = new Yaml().compose(new StringReader(text));
            if (root == null) {
                throw new UnknownPathException("the configuration is empty");
            }
            return root;
        } catch (YAMLException e) {
            throw new UnknownPathException("the configuration is not valid YAML: " + e.getMessage());
        }
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 chars. */
    private static int index(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }
}
