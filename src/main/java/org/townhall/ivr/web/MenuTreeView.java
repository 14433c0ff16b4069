package org.townhall.ivr.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.TownHall;

/**
 * The menu tree as the {@code /menus} page draws it: from the start node, each node once with its type, prompt,
 * branches and department; a node reached again is a link to where it is drawn.
 */
public final class MenuTreeView {
    /** A way out of a node: a key, or a condition such as {@code next} or {@code closed}. */
    public record Branch(String label, String target, Item item) {
    }

    public record Item(String id, String type, String prompt, String department, Boolean openNow,
                       List<Branch> branches) {
    }

    private final TownHall townHall;
    private final String language;
    private final Instant now;
    private final Set<String> drawn = new HashSet<>();

    private MenuTreeView(TownHall townHall, String language, Instant now) {
        this.townHall = townHall;
        this.language = language;
        this.now = now;
    }

    public static Item of(TownHall townHall, String language, Instant now) {
        return new MenuTreeView(townHall, townHall.languages().contains(language) ? language
                : townHall.defaultLanguage(), now).item(townHall.menu().start());
    }

    private Item item(String id) {
        drawn.add(id);
        Node node = townHall.menu().node(id);
        List<Branch> branches = new ArrayList<>();
        for (Map.Entry<String, String> b : branches(node).entrySet()) {
            String target = b.getValue();
            boolean expand = !drawn.contains(target) && townHall.menu().nodes().containsKey(target);
            branches.add(new Branch(b.getKey(), target, expand ? item(target) : null));
        }
        String department = node.departments().isEmpty() ? null : node.departments().get(0);
        Boolean open = department == null || !townHall.departments().containsKey(department) ? null
                : townHall.department(department).hours().isOpen(now);
        return new Item(id, type(node), prompt(node), department, open, branches);
    }

    private static Map<String, String> branches(Node node) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (node instanceof Node.Say s) {
            out.put("next", s.next().target());
        } else if (node instanceof Node.Menu m) {
            new TreeMap<>(m.choices()).forEach((key, ref) -> out.put(String.valueOf(key), ref.target()));
            out.put("fallback", m.fallback().target());
        } else if (node instanceof Node.Hours h) {
            out.put("open", h.open().target());
            out.put("closed", h.closed().target());
        } else if (node instanceof Node.Transfer t) {
            t.unavailable().ifPresent(r -> out.put("unavailable", r.target()));
        } else if (node instanceof Node.Callback c) {
            c.next().ifPresent(r -> out.put("next", r.target()));
        } else if (node instanceof Node.Goto g) {
            out.put("goto", g.target().target());
        }
        return out;
    }

    static String type(Node node) {
        return node.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private String prompt(Node node) {
        List<Prompt> prompts = node.prompts();
        return prompts.isEmpty() ? null : prompts.get(0).text(language).orElse(null);
    }
}
