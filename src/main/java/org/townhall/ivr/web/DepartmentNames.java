package org.townhall.ivr.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.townhall.ivr.config.Department;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.store.User;

/** The live configuration's departments as a reader sees them: id → name in their language, in file order. */
final class DepartmentNames {
    private final Supplier<TownHall> live;

    DepartmentNames(Supplier<TownHall> live) {
        this.live = live;
    }

    /** The departments {@code user} serves, named in {@code language} (else the town hall's default language). */
    Map<String, String> of(User user, String language) {
        TownHall townHall = live.get();
        Map<String, String> names = new LinkedHashMap<>();
        for (Department department : townHall.departments().values()) {
            if (user.serves(department.id())) {
                names.put(department.id(), department.name().text(language)
                        .or(() -> department.name().text(townHall.defaultLanguage())).orElse(department.id()));
            }
        }
        return names;
    }
}
