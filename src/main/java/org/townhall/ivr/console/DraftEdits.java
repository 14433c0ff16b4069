package org.townhall.ivr.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.store.ConfigVersion;

/**
 * What supervisors change without touching YAML: a prompt's text, a department's hours, closures and phrases, the
 * town hall's holidays, a menu's keys. Each edit changes the working draft's text in place ({@link YamlEdit}) and
 * is saved, validated like any save, as a new draft version.
 */
public final class DraftEdits {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final ConfigVersions versions;

    public DraftEdits(ConfigVersions versions) {
        this.versions = versions;
    }

    /** One value to set in the draft, at a path of YAML keys. */
    public record Change(List<String> path, Object value) {
        public Change {
            path = List.copyOf(path);
        }
    }

    /** Several changes of one form, saved together as one new draft version. */
    public ConfigVersion apply(String author, String comment, List<Change> changes) throws InvalidVersionException {
        ConfigVersion draft = versions.workingDraft();
        String yaml = draft.yaml();
        for (Change change : changes) {
            yaml = YamlEdit.set(yaml, change.path(), change.value());
        }
        return save(author, draft, yaml, comment);
    }

    /** The hours of a form as the YAML mapping: day spec → slots, a list when there are several. */
    public static Map<String, Object> hoursValue(Map<String, String> weekly) {
        Map<String, Object> hours = new LinkedHashMap<>();
        weekly.forEach((days, slots) -> {
            if (days != null && !days.isBlank()) {
                List<String> list = split(slots == null ? "" : slots, ",");
                hours.put(days.strip().toLowerCase(java.util.Locale.ROOT), list.size() == 1 ? list.get(0) : list);
            }
        });
        return hours;
    }

    /** The YAML path of a prompt id: {@code welcome}, {@code main.no-input}, {@code department.roads}, {@code message.goodbye}. */
    public static List<String> promptPath(TownHall townHall, String promptId) {
        if (promptId.startsWith("department.") && townHall.departments().containsKey(promptId.substring(11))) {
            return List.of("departments", promptId.substring(11), "names");
        }
        if (promptId.startsWith("message.")) {
            for (Message m : Message.values()) {
                if (m.promptId().equals(promptId)) {
                    return List.of("messages", m.key());
                }
            }
        }
        if (townHall.menu().nodes().containsKey(promptId)) {
            return List.of("menu", "nodes", promptId, "prompt");
        }
        for (String suffix : List.of("no-input", "no-match", "speech")) {
            if (promptId.endsWith("." + suffix)) {
                String node = promptId.substring(0, promptId.length() - suffix.length() - 1);
                if (townHall.menu().nodes().containsKey(node)) {
                    return List.of("menu", "nodes", node, suffix.equals("speech") ? "speech-prompt" : suffix);
                }
            }
        }
        throw new UnknownPathException("no prompt '" + promptId + "'");
    }

    public ConfigVersion promptText(String author, String promptId, String language, String text)
            throws InvalidVersionException {
        ConfigVersion draft = versions.workingDraft();
        List<String> path = new ArrayList<>(promptPath(townHall(draft), promptId));
        path.add(language);
        return save(author, draft, YamlEdit.set(draft.yaml(), path, text.strip()),
                "prompt " + promptId + " (" + language + ")");
    }

    /** Weekly hours, day spec → slots ({@code "08:30-12:00, 13:30-17:00"} or {@code closed}); blank specs dropped. */
    public ConfigVersion hours(String author, String department, Map<String, String> weekly)
            throws InvalidVersionException {
        Map<String, Object> hours = hoursValue(weekly);
        ConfigVersion draft = versions.workingDraft();
        return save(author, draft, YamlEdit.set(draft.yaml(), List.of("departments", department, "hours"), hours),
                "hours of " + department);
    }

    /** A department's closures, one a line: {@code 2026-12-24}, {@code 2026-12-24 reason} or {@code FROM TO reason}. */
    public ConfigVersion closures(String author, String department, String lines) throws InvalidVersionException {
        ConfigVersion draft = versions.workingDraft();
        return save(author, draft, YamlEdit.set(draft.yaml(), List.of("departments", department, "closures"),
                closureList(lines)), "closures of " + department);
    }

    /** The whole town hall's holidays and closures, in the same form as {@link #closures}. */
    public ConfigVersion holidays(String author, String lines) throws InvalidVersionException {
        ConfigVersion draft = versions.workingDraft();
        return save(author, draft, YamlEdit.set(draft.yaml(), List.of("townhall", "holidays"), closureList(lines)),
                "holidays");
    }

    /** A menu's keys: key → target node; blank keys or targets dropped. */
    public ConfigVersion choices(String author, String node, Map<String, String> choices)
            throws InvalidVersionException {
        Map<String, Object> keys = new LinkedHashMap<>();
        choices.forEach((key, target) -> {
            if (key != null && !key.isBlank() && target != null && !target.isBlank()) {
                keys.put(key.strip(), target.strip());
            }
        });
        ConfigVersion draft = versions.workingDraft();
        return save(author, draft, YamlEdit.set(draft.yaml(), List.of("menu", "nodes", node, "choices"), keys),
                "keys of " + node);
    }

    /** The lists of what callers say for a department: its phrases, and example requests in callers' own words. */
    public static final List<String> CALLER_WORDS = List.of("phrases", "examples");

    /**
     * What callers say for a department in one language, one line each: {@code phrases} (words and short phrases)
     * or {@code examples} (whole requests as callers made them).
     */
    public ConfigVersion callerWords(String author, String department, String list, String language,
                                     List<String> lines) throws InvalidVersionException {
        if (!CALLER_WORDS.contains(list)) {
            throw new IllegalArgumentException("'" + list + "' is not a list of what callers say: use one of "
                    + CALLER_WORDS);
        }
        List<String> kept = lines.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        ConfigVersion draft = versions.workingDraft();
        return save(author, draft, YamlEdit.set(draft.yaml(), List.of("departments", department, list, language),
                kept), list + " of " + department + " (" + language + ")");
    }

    /** Closures typed one a line ({@code 2026-12-24}, {@code 2026-12-24 reason}, {@code FROM TO reason}) as YAML. */
    public static List<Object> closureList(String lines) {
        List<Object> list = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            List<String> words = split(line.strip(), " ");
            if (words.isEmpty() || words.get(0).isEmpty()) {
                continue;
            }
            if (words.size() == 1) {
                list.add(words.get(0));
            } else if (DATE.matcher(words.get(1)).matches()) {
                Map<String, Object> range = new LinkedHashMap<>();
                range.put("from", words.get(0));
                range.put("to", words.get(1));
                if (words.size() > 2) {
                    range.put("reason", String.join(" ", words.subList(2, words.size())));
                }
                list.add(range);
            } else {
                Map<String, Object> day = new LinkedHashMap<>();
                day.put("date", words.get(0));
                day.put("reason", String.join(" ", words.subList(1, words.size())));
                list.add(day);
            }
        }
        return list;
    }

    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(Pattern.quote(separator))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? List.of("") : parts;
    }

    private ConfigVersion save(String author, ConfigVersion draft, String yaml, String what)
            throws InvalidVersionException {
        return versions.save(author, yaml, what, draft.number());
    }

    private static TownHall townHall(ConfigVersion draft) {
        try {
            return org.townhall.ivr.config.ConfigLoader.parse(draft.yaml(), "version " + draft.number());
        } catch (InvalidConfigException e) {
            throw new IllegalStateException("version " + draft.number() + " was stored invalid", e);
        }
    }
}
