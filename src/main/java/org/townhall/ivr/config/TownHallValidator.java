package org.townhall.ivr.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what holds across the whole file: references, reachability, loops without a caller choice. */
final class TownHallValidator {
    private final Problems problems;

    TownHallValidator(Problems problems) {
        this.problems = problems;
    }

    void validate(TownHall townHall) {
        MenuTree menu = townHall.menu();
        Map<String, Node> nodes = menu.nodes();
        if (!townHall.departments().containsKey("reception")) {
            problems.add(new Location(problems.file(), 1), null, "no 'reception' department: every caller must be one key away from a person");
        }
        for (Node node : nodes.values()) {
            for (Ref ref : node.references()) {
                if (!nodes.containsKey(ref.target())) {
                    problems.add(ref.location(), node.id(), "unknown node reference '" + ref.target() + "'"
                            + Names.closest(ref.target(), nodes.keySet()).map(s -> " (did you mean '" + s + "'?)")
                            .orElse(""));
                }
            }
            for (String department : node.departments()) {
                if (!townHall.departments().containsKey(department)) {
                    problems.add(node.location(), node.id(), "undefined department '" + department + "'"
                            + Names.closest(department, townHall.departments().keySet())
                            .map(s -> " (did you mean '" + s + "'?)").orElse(""));
                }
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        reportUnreachable(menu);
        reportLoopsWithoutChoice(nodes);
    }

    private void reportUnreachable(MenuTree menu) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(menu.start(), menu.reception()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                menu.node(id).references().forEach(r -> todo.push(r.target()));
            }
        }
        for (Node node : menu.nodes().values()) {
            if (!seen.contains(node.id())) {
                problems.add(node.location(), node.id(), "unreachable node: nothing leads to it from '" + menu.start()
                        + "' (remove it or reference it from a menu)");
            }
        }
    }

    /**
     * A cycle through nodes that never wait for the caller (say, goto, hours, transfer fall-backs) would spin
     * forever; a caller must never be stuck in a loop.
     */
    private void reportLoopsWithoutChoice(Map<String, Node> nodes) {
        Map<String, List<String>> automatic = new HashMap<>();
        for (Node node : nodes.values()) {
            if (!(node instanceof Node.Menu)) {
                automatic.put(node.id(), node.references().stream().map(Ref::target).toList());
            }
        }
        Set<String> done = new HashSet<>();
        for (String start : automatic.keySet()) {
            LinkedHashSet<String> path = new LinkedHashSet<>();
            findCycle(start, automatic, path, done).ifPresent(cycle -> problems.add(nodes.get(cycle.get(0)).location(),
                    cycle.get(0), "loop without any menu: " + String.join(" -> ", cycle)
                            + " never waits for the caller; put a menu in the loop or end it"));
        }
    }

    private java.util.Optional<List<String>> findCycle(String id, Map<String, List<String>> edges,
                                                       LinkedHashSet<String> path, Set<String> done) {
        if (!edges.containsKey(id) || done.contains(id)) {
            return java.util.Optional.empty();
        }
        if (path.contains(id)) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (String p : path) {
                in |= p.equals(id);
                if (in) {
                    cycle.add(p);
                }
            }
            cycle.add(id);
            return java.util.Optional.of(cycle);
        }
        path.add(id);
        for (String next : edges.get(id)) {
            java.util.Optional<List<String>> found = findCycle(next, edges, path, done);
            if (found.isPresent()) {
                done.addAll(path);
                return found;
            }
        }
        path.remove(id);
        done.add(id);
        return java.util.Optional.empty();
    }
}
