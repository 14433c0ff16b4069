package org.townhall.ivr.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nodes of the town hall's menu, by id.
 *
 * @param start     the node every call starts at
 * @param reception the node key {@code 0} leads to from any menu
 */
public record MenuTree(String start, String reception, Map<String, Node> nodes) {
    public MenuTree {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    public Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node '" + id + "' in the menu tree");
        }
        return node;
    }
}
