package org.townhall.ivr.console.testcall;

import org.townhall.ivr.engine.DialOutcome;

/** What the browser sends to a test call, in the place of a caller (and of the department being rung). */
public sealed interface Input {
    /** A key of the phone's keypad: 0-9, * or #. */
    record Key(char key) implements Input {
        public Key {
            if ("0123456789*#".indexOf(key) < 0) {
                throw new IllegalArgumentException("key must be one of 0-9, * or #, not '" + key + "'");
            }
        }
    }

    /** A sentence typed for the caller: synthesised with the server's voice, then heard like a recording. */
    record Say(String text) implements Input {
        public static final int MAX_LENGTH = 300;

        public Say {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("say: type what the caller says");
            }
            if (text.length() > MAX_LENGTH || text.chars().anyMatch(c -> c < 0x20)) {
                throw new IllegalArgumentException("say: one line of at most " + MAX_LENGTH + " characters");
            }
            text = text.strip();
        }
    }

    /** What the caller says as telephone audio (8 kHz, 16-bit, mono), from an uploaded WAV. */
    record Audio(short[] samples, String name) implements Input {
        public Audio {
            if (samples.length == 0) {
                throw new IllegalArgumentException("the WAV file has no audio");
            }
        }

        double seconds() {
            return samples.length / 8000.0;
        }
    }

    /** The caller says nothing and presses nothing: the IVR's wait ends at once, as after its timeout. */
    record Silence() implements Input {
    }

    /** The caller hangs up. */
    record Hangup() implements Input {
    }

    /** What the rung department does. */
    record Dial(DialOutcome outcome) implements Input {
        public static Dial parse(String text) {
            return switch (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "answer" -> new Dial(DialOutcome.ANSWER);
                case "busy" -> new Dial(DialOutcome.BUSY);
                case "noanswer", "no-answer" -> new Dial(DialOutcome.NOANSWER);
                default -> throw new IllegalArgumentException("dial must be answer, busy or noanswer, not '" + text + "'");
            };
        }
    }
}
