package org.townhall.ivr.engine;

import java.util.List;

/** What a caller gave in one speech turn: a key, words, or nothing. */
public sealed interface Heard {
    record Key(char key) implements Heard {
    }

    /** What was said, as read by each recognizer (free-form first when there is one); never empty. */
    record Words(List<Recognition.Reading> readings) implements Heard {
        public Words {
            readings = List.copyOf(readings);
        }

        /** The best text to show: the free-form reading when there is one. */
        public String text() {
            return readings.get(0).transcript().text();
        }
    }

    record Nothing() implements Heard {
    }
}
