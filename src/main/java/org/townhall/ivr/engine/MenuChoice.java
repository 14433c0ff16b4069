package org.townhall.ivr.engine;

/** What a caller chose in a menu by speaking: a key they pressed instead, or the node their words lead to. */
sealed interface MenuChoice {
    record Key(char key) implements MenuChoice {
    }

    record Node(String id) implements MenuChoice {
    }
}
