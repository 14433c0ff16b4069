package org.townhall.ivr.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.townhall.ivr.config.Department;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.Ref;
import org.townhall.ivr.config.TownHall;

/** Which departments a spoken menu can route to, and the phrases callers use for them. */
public final class SpeechIntents {
    static final String RECEPTION = "reception";

    private SpeechIntents() {
    }

    /** The first menu of the tree with a speech prompt (what callers hear first), if any. */
    public static Optional<Node.Menu> firstSpokenMenu(TownHall townHall) {
        return townHall.menu().nodes().values().stream().filter(n -> n instanceof Node.Menu m && m.speechPrompt().isPresent())
                .map(n -> (Node.Menu) n).findFirst();
    }

    /** department → phrases in {@code language}, for the departments this menu leads to. */
    public static Map<String, List<String>> intents(Node.Menu menu, TownHall townHall, String language) {
        Map<String, List<String>> intents = new LinkedHashMap<>();
        departmentTargets(menu, townHall).keySet().forEach(d -> intents.put(d, townHall.department(d).phrases(language)));
        return intents;
    }

    /**
     * department → its phrases, then its example requests, in {@code language}: what an answer is compared to in
     * meaning, for the departments this menu leads to.
     */
    public static Map<String, List<String>> meanings(Node.Menu menu, TownHall townHall, String language) {
        Map<String, List<String>> meanings = new LinkedHashMap<>();
        departmentTargets(menu, townHall).keySet().forEach(d -> {
            // each wording once ("operator", "Operator."): a department's closeness is the mean of its nearest
            // sentences, which a repeated one would fill on its own
            Map<String, String> once = new LinkedHashMap<>();
            java.util.stream.Stream.concat(townHall.department(d).phrases(language).stream(),
                    townHall.department(d).examples(language).stream())
                    .forEach(s -> once.putIfAbsent(Department.sameWords(s), s));
            meanings.put(d, List.copyOf(once.values()));
        });
        return meanings;
    }

    /** What the recognizer of an open answer is taught: every phrase and example request of {@link #meanings}. */
    public static List<String> grammar(Map<String, List<String>> meanings) {
        List<String> grammar = new java.util.ArrayList<>();
        meanings.values().forEach(grammar::addAll);
        return List.copyOf(grammar);
    }

    /** department → node: the departments the menu's choices lead to, and reception. */
    public static Map<String, String> departmentTargets(Node.Menu menu, TownHall townHall) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (Ref ref : menu.choices().values()) {
            departmentOf(ref.target(), townHall, 0).ifPresent(d -> targets.putIfAbsent(d, ref.target()));
        }
        if (townHall.departments().containsKey(RECEPTION)) {
            targets.putIfAbsent(RECEPTION, townHall.menu().reception());
        }
        return targets;
    }

    private static Optional<String> departmentOf(String nodeId, TownHall townHall, int depth) {
        org.townhall.ivr.config.Node node = townHall.menu().nodes().get(nodeId);
        if (node == null || depth > 8) {
            return Optional.empty();
        }
        if (!node.departments().isEmpty()) {
            return Optional.of(node.departments().get(0));
        }
        if (node instanceof org.townhall.ivr.config.Node.Goto g) {
            return departmentOf(g.target().target(), townHall, depth + 1);
        }
        if (node instanceof org.townhall.ivr.config.Node.Say s) {
            return departmentOf(s.next().target(), townHall, depth + 1);
        }
        return Optional.empty();
    }
}
