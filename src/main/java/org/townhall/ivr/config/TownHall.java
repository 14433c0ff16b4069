package org.townhall.ivr.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validated, immutable version of a town hall's configuration: its departments, its menu tree and the
 * sentences the engine speaks. A call runs from start to end on the version it started with.
 *
 * @param version a short content hash of the file, stored with each call
 * @param zone the town hall's time zone ({@code timezone:}): opening hours and the dashboard's days and hours
 */
public record TownHall(String name, List<String> languages, String defaultLanguage,
                       Map<String, Department> departments, MenuTree menu, Map<Message, Prompt> messages,
                       String version, String source, java.time.ZoneId zone) {
    public TownHall {
        languages = List.copyOf(languages);
        departments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(departments));
        messages = Map.copyOf(messages);
    }

    public Department department(String id) {
        Department department = departments.get(id);
        if (department == null) {
            throw new IllegalArgumentException("no department '" + id + "'");
        }
        return department;
    }

    public Prompt message(Message message) {
        return messages.get(message);
    }

    /** The language for a call: the one asked for if this town hall speaks it, else the default. */
    public String languageFor(Optional<String> requested) {
        return requested.filter(languages::contains).orElse(defaultLanguage);
    }

    /** Every prompt of the configuration: menu nodes, department names, engine messages. */
    public List<Prompt> allPrompts() {
        List<Prompt> prompts = new ArrayList<>();
        menu.nodes().values().forEach(n -> prompts.addAll(n.prompts()));
        departments.values().forEach(d -> prompts.add(d.name()));
        prompts.addAll(messages.values());
        return prompts;
    }
}
