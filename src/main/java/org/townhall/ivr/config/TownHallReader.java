package org.townhall.ivr.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Turns the YAML tree of a town hall file into the configuration model, recording every problem found. */
final class TownHallReader {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern TAG = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,11}");
    /** Technology/resource, no comma (it would smuggle Dial options), no spaces or parentheses. */
    private static final Pattern DIAL = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*/[A-Za-z0-9@._+:=*#-]+"
            + "(&[A-Za-z][A-Za-z0-9_-]*/[A-Za-z0-9@._+:=*#-]+)*");
    private static final Duration DEFAULT_MENU_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_RING_TIMEOUT = Duration.ofSeconds(30);
    private static final int DEFAULT_ATTEMPTS = 3;

    private final Problems problems;
    private List<String> languages = List.of("en");
    private String defaultLanguage = "en";
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private final List<Closure> holidays = new ArrayList<>();
    /** language → an example request's words ({@link Department#sameWords}) → the department it leads to */
    private final Map<String, Map<String, String>> exampleOwners = new LinkedHashMap<>();
    static final int MAX_EXAMPLE = 300;

    TownHallReader(Problems problems) {
        this.problems = problems;
    }

    Optional<TownHall> read(Node root, String version) {
        Optional<YamlMap> top = YamlMap.of(root, problems, null, "the file");
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YamlMap file = top.get();
        file.allowOnly(Set.of("townhall", "departments", "messages", "menu"));
        String name = file.map("townhall").map(this::readTownHall).orElseGet(() -> {
            problems.add(file.location(), null, "missing 'townhall:' section (name, languages, timezone)");
            return "";
        });
        Map<String, Department> departments = file.map("departments").map(this::readDepartments).orElseGet(() -> {
            problems.add(file.location(), null, "missing 'departments:' section");
            return Map.of();
        });
        Map<Message, Prompt> messages = file.map("messages").map(this::readMessages).orElseGet(() -> {
            problems.add(file.location(), null, "missing 'messages:' section (the sentences the IVR speaks between menus)");
            return Map.of();
        });
        Optional<MenuTree> menu = file.map("menu").flatMap(this::readMenu);
        if (!file.has("menu")) {
            problems.add(file.location(), null, "missing 'menu:' section (start, reception, nodes)");
        }
        if (!problems.isEmpty() || menu.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TownHall(name, languages, defaultLanguage, departments, menu.get(), messages, version,
                problems.file(), zone));
    }

    private String readTownHall(YamlMap map) {
        map.allowOnly(Set.of("name", "languages", "default-language", "timezone", "holidays"));
        String name = map.requiredString("name", "the town hall's name").orElse("");
        map.scalars("languages").ifPresent(list -> {
            List<String> langs = new ArrayList<>();
            for (YamlMap.Scalar s : list) {
                if (!LANGUAGE.matcher(s.value()).matches()) {
                    problems.add(s.location(), null, "language '" + s.value() + "' must be a two-letter code such as fr or en");
                } else if (langs.contains(s.value())) {
                    problems.add(s.location(), null, "language '" + s.value() + "' is listed twice");
                } else {
                    langs.add(s.value());
                }
            }
            if (!langs.isEmpty()) {
                languages = List.copyOf(langs);
            }
        });
        defaultLanguage = map.string("default-language").orElse(languages.get(0));
        if (!languages.contains(defaultLanguage)) {
            problems.add(map.locationOf("default-language"), null, "default-language '" + defaultLanguage
                    + "' is not one of the languages " + languages);
        }
        map.string("timezone").ifPresent(tz -> {
            try {
                zone = ZoneId.of(tz);
            } catch (java.time.DateTimeException e) {
                problems.add(map.locationOf("timezone"), null, "unknown time zone '" + tz + "' (use a name such as Europe/Paris)");
            }
        });
        holidays.addAll(readClosures(map, "holidays", null));
        return name;
    }

    private List<Closure> readClosures(YamlMap owner, String key, String ownerId) {
        List<Closure> closures = new ArrayList<>();
        Optional<Node> raw = owner.raw(key);
        if (raw.isEmpty()) {
            return closures;
        }
        if (raw.get() instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
                    YamlMap.Scalar scalar = new YamlMap.Scalar(s.getValue(), problems.at(s.getStartMark().getLine()));
                    Values.date(scalar, problems, ownerId).ifPresent(d -> closures.add(new Closure(d, d, "holiday")));
                } else {
                    YamlMap.of(item, problems, ownerId, "each closure").ifPresent(m -> readClosure(m, ownerId)
                            .ifPresent(closures::add));
                }
            }
        } else {
            problems.add(owner.locationOf(key), ownerId, "'" + key + "' must be a list of dates or of {from, to, reason}");
        }
        return closures;
    }

    private Optional<Closure> readClosure(YamlMap m, String ownerId) {
        m.allowOnly(Set.of("date", "from", "to", "reason"));
        String reason = m.string("reason").orElse("closed");
        Optional<String> single = m.string("date");
        Optional<java.time.LocalDate> from = (single.isPresent() ? single : m.string("from"))
                .flatMap(v -> Values.date(new YamlMap.Scalar(v, m.location()), problems, ownerId));
        Optional<java.time.LocalDate> to = (single.isPresent() ? single : m.string("to"))
                .flatMap(v -> Values.date(new YamlMap.Scalar(v, m.location()), problems, ownerId));
        if (from.isEmpty() || to.isEmpty()) {
            if (single.isEmpty() && (!m.has("from") || !m.has("to"))) {
                problems.add(m.location(), ownerId, "a closure needs 'date:' or both 'from:' and 'to:'");
            }
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            problems.add(m.location(), ownerId, "invalid hours: closure ends (" + to.get() + ") before it starts ("
                    + from.get() + ")");
            return Optional.empty();
        }
        return Optional.of(new Closure(from.get(), to.get(), reason));
    }

    private Map<String, Department> readDepartments(YamlMap map) {
        Map<String, Department> departments = new LinkedHashMap<>();
        for (String id : map.keys()) {
            if (!ID.matcher(id).matches()) {
                problems.add(map.locationOf(id), id, "department id must be lower-case letters, digits and dashes");
                continue;
            }
            map.raw(id).flatMap(raw -> YamlMap.of(raw, problems, id, "department '" + id + "'"))
                    .flatMap(d -> readDepartment(id, d, map.locationOf(id))).ifPresent(d -> departments.put(id, d));
        }
        if (departments.isEmpty() && map.keys().isEmpty()) {
            problems.add(map.location(), null, "'departments:' is empty: declare at least reception");
        }
        return departments;
    }

    private Optional<Department> readDepartment(String id, YamlMap map, Location at) {
        map.allowOnly(Set.of("names", "tag", "dial", "hours", "closures", "timezone", "phrases", "examples"));
        Optional<Prompt> name = map.map("names").flatMap(m -> readPrompt("department." + id, m, id, "department name"));
        if (!map.has("names")) {
            problems.add(map.location(), id, "missing 'names:' (the department's name in " + languages + ")");
        }
        Optional<String> tag = map.requiredString("tag", "a short label for the operator's phone, e.g. ROADS");
        tag.filter(t -> !TAG.matcher(t).matches()).ifPresent(t -> problems.add(map.locationOf("tag"), id,
                "tag '" + t + "' must be 1 to 12 capital letters, digits, '-' or '_' (it is shown on phone displays)"));
        Optional<String> dial = map.requiredString("dial", "the Asterisk dial string, e.g. PJSIP/1002");
        dial.filter(d -> !DIAL.matcher(d).matches()).ifPresent(d -> problems.add(map.locationOf("dial"), id,
                "dial '" + d + "' must look like TECH/resource (e.g. PJSIP/1002), without spaces, commas or parentheses"));
        ZoneId departmentZone = zone;
        if (map.has("timezone")) {
            try {
                departmentZone = ZoneId.of(map.string("timezone").orElse(""));
            } catch (java.time.DateTimeException e) {
                problems.add(map.locationOf("timezone"), id, "unknown time zone '" + map.string("timezone").orElse("")
                        + "' (use a name such as Europe/Paris)");
            }
        }
        Map<DayOfWeek, List<TimeRange>> weekly = map.map("hours").map(h -> readWeekly(h, id)).orElse(Map.of());
        if (!map.has("hours")) {
            problems.add(map.location(), id, "missing 'hours:' (e.g. mon-fri: 08:30-17:30); a department is only open in them");
        }
        List<Closure> closures = new ArrayList<>(holidays);
        closures.addAll(readClosures(map, "closures", id));
        Map<String, List<String>> phrases = map.map("phrases").map(p -> readPhrases(p, id, "phrase")).orElse(Map.of());
        Map<String, List<String>> examples = map.map("examples").map(p -> readPhrases(p, id, "example"))
                .orElse(Map.of());
        if (name.isEmpty() || tag.isEmpty() || dial.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Department(id, name.get(), tag.get(), dial.get(),
                new OpeningHours(departmentZone, weekly, closures), phrases, examples, at));
    }

    /** What callers say for a department, per language, one line each: phrases, or whole requests (examples). */
    private Map<String, List<String>> readPhrases(YamlMap map, String id, String what) {
        map.allowOnly(Set.copyOf(languages));
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (String lang : map.keys()) {
            List<String> list = new ArrayList<>();
            for (YamlMap.Scalar s : map.scalars(lang).orElse(List.of())) {
                Values.plainText(s, problems, id, what + " (" + lang + ")")
                        .filter(text -> !what.equals("example") || leadsHereOnly(text, lang, id, s))
                        .ifPresent(list::add);
            }
            phrases.put(lang, list);
        }
        return phrases;
    }

    /**
     * An example request belongs to one department: the same words (whatever the case and punctuation) cannot mean
     * two. And it is one request, not a letter: at most {@value #MAX_EXAMPLE} characters.
     */
    private boolean leadsHereOnly(String example, String lang, String id, YamlMap.Scalar at) {
        if (example.length() > MAX_EXAMPLE) {
            problems.add(at.location(), id, "example (" + lang + ") is " + example.length() + " characters long: keep "
                    + "an example to one request as a caller says it, at most " + MAX_EXAMPLE + " characters");
            return false;
        }
        String key = Department.sameWords(example);
        String owner = exampleOwners.computeIfAbsent(lang, l -> new LinkedHashMap<>()).putIfAbsent(key, id);
        if (owner != null && !owner.equals(id)) {
            problems.add(at.location(), id, "example (" + lang + ") '" + example + "' is also an example of department '"
                    + owner + "': a request leads to one department, keep it under one of them");
            return false;
        }
        return true;
    }

    private Map<DayOfWeek, List<TimeRange>> readWeekly(YamlMap hours, String id) {
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (String spec : hours.keys()) {
            Location at = hours.locationOf(spec);
            Optional<Set<DayOfWeek>> days = Values.days(spec, at, problems, id);
            List<TimeRange> ranges = new ArrayList<>();
            for (YamlMap.Scalar s : hours.scalars(spec).orElse(List.of())) {
                if (s.value().equalsIgnoreCase("closed")) {
                    continue;
                }
                Values.timeRange(s, problems, id).ifPresent(ranges::add);
            }
            days.ifPresent(ds -> ds.forEach(day -> {
                List<TimeRange> existing = weekly.computeIfAbsent(day, d -> new ArrayList<>());
                for (TimeRange r : ranges) {
                    existing.stream().filter(r::overlaps).findFirst().ifPresent(o -> problems.add(at, id,
                            "invalid hours: " + r + " overlaps " + o + " on " + day.toString().toLowerCase()));
                    existing.add(r);
                }
            }));
        }
        return weekly;
    }

    private Map<Message, Prompt> readMessages(YamlMap map) {
        Map<String, Message> byKey = new LinkedHashMap<>();
        for (Message m : Message.values()) {
            byKey.put(m.key(), m);
        }
        map.allowOnly(byKey.keySet());
        Map<Message, Prompt> messages = new EnumMap<>(Message.class);
        for (Message m : Message.values()) {
            if (!map.has(m.key())) {
                problems.add(map.location(), null, "missing message '" + m.key() + "' in 'messages:'");
                continue;
            }
            map.map(m.key()).flatMap(p -> readPrompt(m.promptId(), p, null, "message '" + m.key() + "'"))
                    .ifPresent(p -> messages.put(m, p));
        }
        return messages;
    }

    /** A prompt is a mapping language → text, with a text for every language of the town hall. */
    Optional<Prompt> readPrompt(String promptId, YamlMap map, String owner, String what) {
        map.allowOnly(Set.copyOf(languages));
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : languages) {
            if (!map.has(lang)) {
                problems.add(map.location(), owner, what + " has no '" + lang + "' text (every prompt needs one per language: "
                        + languages + ")");
                continue;
            }
            map.string(lang).flatMap(t -> Values.plainText(new YamlMap.Scalar(t, map.locationOf(lang)), problems, owner,
                    what + " (" + lang + ")")).ifPresent(t -> texts.put(lang, t));
        }
        return texts.size() == languages.size() ? Optional.of(new Prompt(promptId, texts, map.location())) : Optional.empty();
    }

    private Optional<MenuTree> readMenu(YamlMap map) {
        map.allowOnly(Set.of("start", "reception", "nodes"));
        Optional<String> start = map.requiredString("start", "the node every call begins with");
        Optional<String> reception = map.requiredString("reception", "the node key 0 leads to from every menu");
        Map<String, org.townhall.ivr.config.Node> nodes = new LinkedHashMap<>();
        Set<String> declared = map.map("nodes").map(n -> new NodeReader(this, problems).readAll(n, nodes))
                .orElse(Set.of());
        if (!map.has("nodes")) {
            problems.add(map.location(), null, "missing 'nodes:' (the menu tree)");
        }
        if (start.isEmpty() || reception.isEmpty()) {
            return Optional.empty();
        }
        checkExists(start.get(), map.locationOf("start"), declared, "start");
        checkExists(reception.get(), map.locationOf("reception"), declared, "reception");
        return Optional.of(new MenuTree(start.get(), reception.get(), nodes));
    }

    private void checkExists(String id, Location at, Set<String> declared, String key) {
        if (!declared.contains(id)) {
            problems.add(at, null, "'" + key + "' names unknown node '" + id + "'"
                    + Names.closest(id, declared).map(s -> " (did you mean '" + s + "'?)").orElse(""));
        }
    }

    Duration defaultMenuTimeout() {
        return DEFAULT_MENU_TIMEOUT;
    }

    Duration defaultRingTimeout() {
        return DEFAULT_RING_TIMEOUT;
    }

    int defaultAttempts() {
        return DEFAULT_ATTEMPTS;
    }
}
