package org.townhall.ivr.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.townhall.ivr.config.Department;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.ConfigVersions;
import org.townhall.ivr.console.DraftEdits;
import org.townhall.ivr.console.DraftEdits.Change;
import org.townhall.ivr.console.DraftFields;
import org.townhall.ivr.console.InvalidVersionException;
import org.townhall.ivr.store.ConfigVersion;

/**
 * The supervisors' menu pages: the tree, and the forms that edit the working draft without YAML (a node's prompts
 * and keys, a department's names, hours, closures and phrases, the holidays, the engine's messages). A form saves
 * the fields that changed (a field missing from the post is left alone) as one new draft version; a refused save
 * shows each problem next to its field.
 */
public final class MenuPages implements ConsoleModule {
    static final int BLANK_ROWS = 2;
    private final ConfigVersions versions;
    private final DraftEdits edits;
    private final Clock clock;

    public MenuPages(ConfigVersions versions, Clock clock) {
        this.versions = versions;
        this.edits = new DraftEdits(versions);
        this.clock = clock;
    }

    @Override
    public void routes(Javalin app, Pages pages) {
        app.get("/menus", ctx -> tree(ctx, pages), Access.SUPERVISOR);
        app.get("/menus/nodes/{id}", ctx -> node(ctx, pages, null), Access.SUPERVISOR);
        app.post("/menus/nodes/{id}", ctx -> saveNode(ctx, pages), Access.SUPERVISOR);
        app.get("/menus/departments/{id}", ctx -> department(ctx, pages, null), Access.SUPERVISOR);
        app.post("/menus/departments/{id}", ctx -> saveDepartment(ctx, pages), Access.SUPERVISOR);
        app.get("/menus/holidays", ctx -> holidays(ctx, pages, null), Access.SUPERVISOR);
        app.post("/menus/holidays", ctx -> saveHolidays(ctx, pages), Access.SUPERVISOR);
        app.get("/menus/messages", ctx -> messages(ctx, pages, null), Access.SUPERVISOR);
        app.post("/menus/messages", ctx -> saveMessages(ctx, pages), Access.SUPERVISOR);
    }

    private void tree(Context ctx, Pages pages) throws InvalidConfigException {
        MenuBanner banner = MenuBanner.of(versions);
        String shown = ctx.queryParam("version");
        int number = shown == null ? banner.live().number() : ConfigApi.parse(shown, "version");
        TownHall townHall = versions.townHall(number);
        pages.render(ctx, "menus.jte", Map.of("banner", banner, "shown", number, "townHall", townHall,
                "tree", MenuTreeView.of(townHall, Pages.texts(ctx).language(), clock.instant()),
                "lang", townHall.languages().contains(Pages.texts(ctx).language()) ? Pages.texts(ctx).language()
                        : townHall.defaultLanguage(), "now", clock.instant()));
    }

    // ---- nodes

    private void node(Context ctx, Pages pages, FormState refused) throws InvalidConfigException {
        TownHall draft = draftTownHall();
        Node node = node(draft, ctx.pathParam("id"));
        FormState form = refused != null ? refused : new FormState(nodeValues(draft, node), List.of());
        Map<String, Object> model = new HashMap<>(common(ctx, draft, form));
        model.put("node", node);
        model.put("type", MenuTreeView.type(node));
        model.put("prompts", PromptField.of(node));
        model.put("rows", node instanceof Node.Menu m ? Math.max(m.choices().size() + BLANK_ROWS, 1) : 0);
        model.put("targets", new ArrayList<>(draft.menu().nodes().keySet()));
        pages.render(ctx, "menu-node.jte", model);
    }

    private static Map<String, String> nodeValues(TownHall townHall, Node node) {
        Map<String, String> values = new HashMap<>();
        String base = "menu.nodes." + node.id() + ".";
        for (PromptField p : PromptField.of(node)) {
            for (String lang : townHall.languages()) {
                values.put(base + p.key() + "." + lang, p.prompt().text(lang).orElse(""));
            }
        }
        if (node instanceof Node.Menu m) {
            int i = 0;
            for (Map.Entry<Character, org.townhall.ivr.config.Ref> e : new TreeMap<>(m.choices()).entrySet()) {
                values.put("key." + i, String.valueOf(e.getKey()));
                values.put("target." + i, e.getValue().target());
                i++;
            }
        }
        return values;
    }

    private void saveNode(Context ctx, Pages pages) throws InvalidConfigException {
        TownHall draft = draftTownHall();
        Node node = node(draft, ctx.pathParam("id"));
        Map<String, String> before = nodeValues(draft, node);
        Map<String, String> typed = typed(ctx);
        List<Change> changes = new ArrayList<>();
        String base = "menu.nodes." + node.id() + ".";
        for (PromptField p : PromptField.of(node)) {
            for (String lang : draft.languages()) {
                String name = base + p.key() + "." + lang;
                if (typed.containsKey(name) && !typed.get(name).strip().equals(before.getOrDefault(name, ""))) {
                    changes.add(new Change(List.of("menu", "nodes", node.id(), p.key(), lang), typed.get(name).strip()));
                }
            }
        }
        if (node instanceof Node.Menu m && typed.containsKey("key.0")) {
            Map<String, String> keys = rows(typed, "key.", "target.", m.choices().size() + BLANK_ROWS);
            if (!keys.equals(rows(before, "key.", "target.", m.choices().size()))) {
                changes.add(new Change(List.of("menu", "nodes", node.id(), "choices"), new LinkedHashMap<>(keys)));
            }
        }
        save(ctx, changes, "node " + node.id(), typed, refused -> node(ctx, pages, refused));
    }

    // ---- departments

    private void department(Context ctx, Pages pages, FormState refused) throws InvalidConfigException {
        TownHall draft = draftTownHall();
        Department department = department(draft, ctx.pathParam("id"));
        FormState form = refused != null ? refused : new FormState(departmentValues(draft, department), List.of());
        Map<String, Object> model = new HashMap<>(common(ctx, draft, form));
        model.put("department", department);
        model.put("rows", DraftFields.hours(versions.workingDraft().yaml(), department.id()).size() + BLANK_ROWS);
        pages.render(ctx, "menu-department.jte", model);
    }

    private Map<String, String> departmentValues(TownHall townHall, Department d) {
        String yaml = versions.workingDraft().yaml();
        Map<String, String> values = new HashMap<>();
        String base = "departments." + d.id() + ".";
        for (String lang : townHall.languages()) {
            values.put(base + "names." + lang, d.name().text(lang).orElse(""));
            values.put(base + "phrases." + lang, String.join("\n", d.phrases(lang)));
            values.put(base + "examples." + lang, String.join("\n", d.examples(lang)));
        }
        int i = 0;
        for (Map.Entry<String, String> e : DraftFields.hours(yaml, d.id()).entrySet()) {
            values.put("days." + i, e.getKey());
            values.put("slots." + i, e.getValue());
            i++;
        }
        values.put(base + "closures", DraftFields.closures(yaml, List.of("departments", d.id(), "closures")));
        return values;
    }

    private void saveDepartment(Context ctx, Pages pages) throws InvalidConfigException {
        TownHall draft = draftTownHall();
        Department d = department(draft, ctx.pathParam("id"));
        Map<String, String> before = departmentValues(draft, d);
        Map<String, String> typed = typed(ctx);
        String base = "departments." + d.id() + ".";
        List<Change> changes = new ArrayList<>();
        for (String lang : draft.languages()) {
            String name = base + "names." + lang;
            if (typed.containsKey(name) && !typed.get(name).strip().equals(before.get(name))) {
                changes.add(new Change(List.of("departments", d.id(), "names", lang), typed.get(name).strip()));
            }
            for (String list : DraftEdits.CALLER_WORDS) {
                String field = base + list + "." + lang;
                List<String> typedLines = lines(typed.getOrDefault(field, ""));
                if (typed.containsKey(field) && !typedLines.equals(lines(before.get(field)))) {
                    changes.add(new Change(List.of("departments", d.id(), list, lang), typedLines));
                }
            }
        }
        int rows = DraftFields.hours(versions.workingDraft().yaml(), d.id()).size() + BLANK_ROWS;
        Map<String, String> hours = rows(typed, "days.", "slots.", rows);
        if (typed.containsKey("days.0") && !hours.equals(rows(before, "days.", "slots.", rows))) {
            changes.add(new Change(List.of("departments", d.id(), "hours"), DraftEdits.hoursValue(hours)));
        }
        String closures = base + "closures";
        if (typed.containsKey(closures) && !lines(typed.get(closures)).equals(lines(before.get(closures)))) {
            changes.add(new Change(List.of("departments", d.id(), "closures"),
                    DraftEdits.closureList(typed.getOrDefault(closures, ""))));
        }
        save(ctx, changes, "department " + d.id(), typed, refused -> department(ctx, pages, refused));
    }

    // ---- holidays and messages

    private void holidays(Context ctx, Pages pages, FormState refused) throws InvalidConfigException {
        TownHall draft = draftTownHall();
        FormState form = refused != null ? refused : new FormState(Map.of("townhall.holidays",
                DraftFields.closures(versions.workingDraft().yaml(), List.of("townhall", "holidays"))), List.of());
        pages.render(ctx, "menu-holidays.jte", common(ctx, draft, form));
    }

    private void saveHolidays(Context ctx, Pages pages) throws InvalidConfigException {
        Map<String, String> typed = typed(ctx);
        String before = DraftFields.closures(versions.workingDraft().yaml(), List.of("townhall", "holidays"));
        String lines = typed.getOrDefault("townhall.holidays", "");
        List<Change> changes = !typed.containsKey("townhall.holidays") || lines(lines).equals(lines(before)) ? List.of()
                : List.of(new Change(List.of("townhall", "holidays"), DraftEdits.closureList(lines)));
        save(ctx, changes, "holidays", typed, refused -> holidays(ctx, pages, refused));
    }

    private void messages(Context ctx, Pages pages, FormState refused) throws InvalidConfigException {
        TownHall draft = draftTownHall();
        FormState form = refused != null ? refused : new FormState(messageValues(draft), List.of());
        Map<String, Object> model = new HashMap<>(common(ctx, draft, form));
        model.put("messages", List.of(Message.values()));
        pages.render(ctx, "menu-messages.jte", model);
    }

    private static Map<String, String> messageValues(TownHall townHall) {
        Map<String, String> values = new HashMap<>();
        for (Message m : Message.values()) {
            for (String lang : townHall.languages()) {
                values.put("messages." + m.key() + "." + lang, townHall.message(m).text(lang).orElse(""));
            }
        }
        return values;
    }

    private void saveMessages(Context ctx, Pages pages) throws InvalidConfigException {
        TownHall draft = draftTownHall();
        Map<String, String> before = messageValues(draft);
        Map<String, String> typed = typed(ctx);
        List<Change> changes = new ArrayList<>();
        for (Message m : Message.values()) {
            for (String lang : draft.languages()) {
                String name = "messages." + m.key() + "." + lang;
                if (typed.containsKey(name) && !typed.get(name).strip().equals(before.get(name))) {
                    changes.add(new Change(List.of("messages", m.key(), lang), typed.get(name).strip()));
                }
            }
        }
        save(ctx, changes, "messages", typed, refused -> messages(ctx, pages, refused));
    }

    // ---- shared

    private interface Refused {
        void show(FormState form) throws InvalidConfigException;
    }

    /** Saves the changes as one draft and comes back to the form, or shows the form again with the problems. */
    private void save(Context ctx, List<Change> changes, String what, Map<String, String> typed, Refused refused)
            throws InvalidConfigException {
        if (changes.isEmpty()) {
            ctx.redirect(ctx.path() + "?unchanged=1");
            return;
        }
        String comment = typed.getOrDefault("comment", "").isBlank() ? what : what + ": " + typed.get("comment").strip();
        try {
            ConfigVersion saved = edits.apply(Auth.user(ctx).name(), comment, changes);
            ctx.redirect(ctx.path() + "?saved=" + saved.number());
        } catch (InvalidVersionException e) {
            ctx.status(422);
            refused.show(new FormState(typed, e.problems()));
        }
    }

    private Map<String, Object> common(Context ctx, TownHall draft, FormState form) {
        Map<String, Object> model = new HashMap<>();
        model.put("banner", MenuBanner.of(versions));
        model.put("townHall", draft);
        model.put("form", form);
        model.put("saved", ctx.queryParam("saved") == null ? "" : ctx.queryParam("saved"));
        model.put("unchanged", ctx.queryParam("unchanged") != null);
        return model;
    }

    private TownHall draftTownHall() throws InvalidConfigException {
        return versions.townHall(versions.workingDraft().number());
    }

    private static Node node(TownHall townHall, String id) {
        Node node = townHall.menu().nodes().get(id);
        if (node == null) {
            throw new NotFoundResponse("no node '" + id + "' in the menu");
        }
        return node;
    }

    private static Department department(TownHall townHall, String id) {
        Department department = townHall.departments().get(id);
        if (department == null) {
            throw new NotFoundResponse("no department '" + id + "'");
        }
        return department;
    }

    private static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
        return typed;
    }

    /** Rows of two fields ({@code key.0}/{@code target.0}…) as a map, blank rows left out. */
    private static Map<String, String> rows(Map<String, String> values, String left, String right, int count) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String l = values.getOrDefault(left + i, "").strip();
            if (!l.isEmpty()) {
                rows.put(l, values.getOrDefault(right + i, "").strip());
            }
        }
        return rows;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
