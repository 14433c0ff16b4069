package org.townhall.ivr.engine;

import org.townhall.ivr.store.Outcome;

/** What follows a node: another node, or the end of the call with its outcome. */
record Next(String node, Outcome outcome) {
    static Next node(String id) {
        return new Next(id, null);
    }

    static Next end(Outcome outcome) {
        return new Next(null, outcome);
    }

    boolean isEnd() {
        return node == null;
    }
}
