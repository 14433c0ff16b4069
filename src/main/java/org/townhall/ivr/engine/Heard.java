package org.townhall.ivr.engine;

import java.util.List;

/** What a caller gave in one speech turn: a key, words, or nothing. */
public sealed interface Heard {
    record Key(char key) implements Heard {
    }

    /**
     * What was said, as read by each recognizer (free-form first when there is one); never empty.
     *
     * @param msToSpeech how long after the turn began (its prompt's start) the caller was first heard; -1 when the
     *                   media mode cannot tell (Asterisk records after the prompt)
     */
    record Words(List<Recognition.Reading> readings, long msToSpeech) implements Heard {
        public Words {
            readings = List.copyOf(readings);
        }

        /**
         * True when the caller was already talking as the turn began: still saying what the last turn heard the
         * start of, not answering this turn's prompt, which they could not have heard yet.
         */
        public boolean spokeAtOnce() {
            return GoingOn.goesOn(msToSpeech);
        }

        /** True when the caller was talking before the turn's prompt began: no answer to it. */
        public boolean alreadyTalking() {
            return GoingOn.alreadyTalking(msToSpeech);
        }

        /** The best text to show: the free-form reading when there is one. */
        public String text() {
            return readings.get(0).transcript().text();
        }
    }

    record Nothing() implements Heard {
    }
}
