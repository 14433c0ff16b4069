package org.townhall.ivr.web;

import org.townhall.ivr.console.ConfigVersions;
import org.townhall.ivr.store.ConfigVersion;

/** What every menu page shows first: which version is live, which draft the forms edit. */
public record MenuBanner(ConfigVersion live, ConfigVersion draft) {
    static MenuBanner of(ConfigVersions versions) {
        return new MenuBanner(versions.liveVersion(), versions.workingDraft());
    }

    /** True when the forms edit a saved draft that is not live yet. */
    public boolean hasDraft() {
        return draft.number() != live.number();
    }
}
