package org.townhall.ivr.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code menu.nodes} section: one small reader per node type. */
final class NodeReader {
    private static final Set<String> TYPES = Set.of("say", "menu", "hours", "transfer", "callback", "goto", "hangup");
    private static final String MENU_KEYS = "123456789#";

    private final TownHallReader prompts;
    private final Problems problems;

    NodeReader(TownHallReader prompts, Problems problems) {
        this.prompts = prompts;
        this.problems = problems;
    }

    /** Reads every node into {@code into}; returns the ids declared, including those with problems. */
    Set<String> readAll(YamlMap nodes, Map<String, Node> into) {
        for (String id : nodes.keys()) {
            if (!TownHallReader.ID.matcher(id).matches()) {
                problems.add(nodes.locationOf(id), id, "node id must be lower-case letters, digits, '.', '-' or '_'");
                continue;
            }
            nodes.raw(id).flatMap(raw -> YamlMap.of(raw, problems, id, "node '" + id + "'"))
                    .flatMap(n -> read(id, n, nodes.locationOf(id))).ifPresent(n -> into.put(id, n));
        }
        return nodes.keys();
    }

    private Optional<? extends Node> read(String id, YamlMap map, Location at) {
        Optional<String> type = map.requiredString("type", "one of " + String.join(", ", new java.util.TreeSet<>(TYPES)));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case "say" -> {
                map.allowOnly(Set.of("type", "prompt", "next"));
                Optional<Prompt> prompt = prompt(id, id, map, "prompt");
                Optional<Ref> next = ref(map, "next", "the node that follows");
                yield prompt.isPresent() && next.isPresent()
                        ? Optional.of(new Node.Say(id, prompt.get(), next.get(), at)) : Optional.empty();
            }
            case "menu" -> menu(id, map, at);
            case "hours" -> {
                map.allowOnly(Set.of("type", "department", "open", "closed"));
                Optional<String> dept = map.requiredString("department", "the department whose hours decide");
                Optional<Ref> open = ref(map, "open", "where callers go while the department is open");
                Optional<Ref> closed = ref(map, "closed", "where callers go while it is closed");
                yield dept.isPresent() && open.isPresent() && closed.isPresent()
                        ? Optional.of(new Node.Hours(id, dept.get(), open.get(), closed.get(), at)) : Optional.empty();
            }
            case "transfer" -> {
                map.allowOnly(Set.of("type", "department", "ring-timeout", "unavailable"));
                Optional<String> dept = map.requiredString("department", "the department to transfer to");
                Duration ring = map.scalars("ring-timeout").flatMap(l -> l.stream().findFirst())
                        .flatMap(s -> Values.duration(s, Duration.ofSeconds(5), Duration.ofMinutes(3), problems, id,
                                "ring-timeout")).orElse(prompts.defaultRingTimeout());
                Optional<Ref> unavailable = optionalRef(map, "unavailable");
                yield dept.map(d -> new Node.Transfer(id, d, ring, unavailable, at));
            }
            case "callback" -> {
                map.allowOnly(Set.of("type", "department", "next"));
                Optional<String> dept = map.requiredString("department", "the department that will call back");
                yield dept.map(d -> new Node.Callback(id, d, optionalRef(map, "next"), at));
            }
            case "goto" -> {
                map.allowOnly(Set.of("type", "target"));
                yield ref(map, "target", "the node to jump to").map(t -> new Node.Goto(id, t, at));
            }
            case "hangup" -> {
                map.allowOnly(Set.of("type", "prompt"));
                Optional<Prompt> prompt = map.has("prompt") ? prompt(id, id, map, "prompt") : Optional.empty();
                yield map.has("prompt") && prompt.isEmpty() ? Optional.empty()
                        : Optional.of(new Node.Hangup(id, prompt, at));
            }
            default -> {
                problems.add(map.locationOf("type"), id, "unknown node type '" + type.get() + "'"
                        + Names.closest(type.get(), TYPES).map(s -> " (did you mean '" + s + "'?)")
                        .orElse(" (use one of " + String.join(", ", new java.util.TreeSet<>(TYPES)) + ")"));
                yield Optional.empty();
            }
        };
    }

    private Optional<Node.Menu> menu(String id, YamlMap map, Location at) {
        map.allowOnly(Set.of("type", "prompt", "speech-prompt", "choices", "no-input", "no-match", "max-attempts",
                "timeout", "fallback"));
        Optional<Prompt> prompt = prompt(id, id, map, "prompt");
        Optional<Prompt> speechPrompt = map.has("speech-prompt") ? prompt(id, id + ".speech", map, "speech-prompt")
                : Optional.empty();
        Optional<Prompt> noInput = prompt(id, id + ".no-input", map, "no-input");
        Optional<Prompt> noMatch = prompt(id, id + ".no-match", map, "no-match");
        int attempts = map.scalars("max-attempts").flatMap(l -> l.stream().findFirst())
                .flatMap(s -> Values.integer(s, 1, 5, problems, id, "max-attempts")).orElse(prompts.defaultAttempts());
        Duration timeout = map.scalars("timeout").flatMap(l -> l.stream().findFirst())
                .flatMap(s -> Values.duration(s, Duration.ofSeconds(1), Duration.ofSeconds(30), problems, id, "timeout"))
                .orElse(prompts.defaultMenuTimeout());
        Optional<Ref> fallback = Optional.empty();
        if (!map.has("fallback")) {
            problems.add(map.location(), id, "menu without fallback: add 'fallback: <node>' for callers who still "
                    + "have not chosen after " + attempts + " attempts");
        } else {
            fallback = ref(map, "fallback", "");
        }
        Map<Character, Ref> choices = new LinkedHashMap<>();
        Optional<YamlMap> choiceMap = map.map("choices");
        if (choiceMap.isEmpty() && !map.has("choices")) {
            problems.add(map.location(), id, "menu without 'choices:' (key: node)");
        }
        choiceMap.ifPresent(c -> {
            for (String key : c.keys()) {
                Location keyAt = c.locationOf(key);
                if (key.equals("0") || key.equals("*")) {
                    problems.add(keyAt, id, "key '" + key + "' is reserved in every menu ('0' reaches reception, "
                            + "'*' repeats the prompt): choose another key");
                } else if (key.length() != 1 || MENU_KEYS.indexOf(key.charAt(0)) < 0) {
                    problems.add(keyAt, id, "choice key '" + key + "' must be a single key among 1-9 or #");
                } else {
                    c.string(key).ifPresent(target -> choices.put(key.charAt(0), new Ref(target, keyAt)));
                }
            }
        });
        if (prompt.isEmpty() || noInput.isEmpty() || noMatch.isEmpty() || fallback.isEmpty()
                || (map.has("speech-prompt") && speechPrompt.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Node.Menu(id, prompt.get(), speechPrompt, choices, noInput.get(), noMatch.get(), attempts, timeout,
                fallback.get(), at));
    }

    private Optional<Prompt> prompt(String nodeId, String promptId, YamlMap map, String key) {
        if (!map.has(key)) {
            problems.add(map.location(), nodeId, "missing '" + key + "' (its text per language)");
            return Optional.empty();
        }
        return map.map(key).flatMap(p -> prompts.readPrompt(promptId, p, nodeId, "'" + key + "'"));
    }

    private Optional<Ref> ref(YamlMap map, String key, String why) {
        if (!map.has(key)) {
            problems.add(map.location(), map.owner(), "missing '" + key + "': " + why);
            return Optional.empty();
        }
        return optionalRef(map, key);
    }

    private static Optional<Ref> optionalRef(YamlMap map, String key) {
        return map.string(key).map(target -> new Ref(target, map.locationOf(key)));
    }
}
