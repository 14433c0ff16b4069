package org.townhall.ivr.web;

import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.User;

/**
 * What every console page needs besides its own data: the words in the reader's language, who is signed in
 * (null on the sign-in page), the form token, and where the page is (for the navigation).
 */
public record PageContext(Texts texts, User user, String csrfToken, String path) {
    public String t(String key) {
        return texts.t(key);
    }

    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    public String lang() {
        return texts.language();
    }

    public boolean is(Role role) {
        return user != null && user.role().covers(role);
    }

    /** {@code aria-current="page"} for the navigation link of the current section. */
    public String current(String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") ? "page" : "false";
    }
}
