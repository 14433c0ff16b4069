package org.townhall.ivr.engine;

import org.townhall.ivr.speech.Transcript;

/** What a caller gave in one speech turn: a key, words, or nothing. */
public sealed interface Heard {
    record Key(char key) implements Heard {
    }

    record Words(Transcript transcript) implements Heard {
    }

    record Nothing() implements Heard {
    }
}
