package org.townhall.ivr.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scripted caller: an immutable list of {@link CallerAction}s, consumed one at a time by the server's media
 * commands.
 *
 * <p>{@code EXEC AudioSocket} is a media command like the others: it plays the head of the script, one action,
 * counted from the moment the stream opens, and the caller sends silence before and after it until the IVR ends
 * the stream. {@code speak WAV after MS} says the file MS into the stream; {@code press KEYS after MS} sends DTMF
 * frames; {@code silence} says nothing; {@code hangup after MS} closes the socket (no hang-up frame). What the IVR
 * cuts short is handled as elsewhere: keys not yet pressed, and a speech or hang-up not yet begun, stay at the
 * head of the script with the rest of their delay.
 *
 * <p>Text grammar (actions separated by {@code ;} or new lines, keywords case-insensitive, durations in
 * milliseconds, decimals allowed, optional {@code ms} or {@code s} suffix):
 * <pre>
 *   press KEYS [after MS]        keys 0-9 * # A-D
 *   silence
 *   speak WAV-PATH [until MS] [after MS]   path may be "double quoted"; until: RECORD FILE only,
 *                                          after: AudioSocket only
 *   hangup [during COMMAND] [after MS]   COMMAND: the start of an AGI command name, e.g. stream file, say,
 *                                         exec dial; the hang-up waits for such a command
 *   dial answer [after MS] [talk MS] | dial busy|noanswer|congestion|chanunavail [after MS]
 * </pre>
 * Example: {@code press 2; silence; press 0612345678#; dial busy; hangup after 1500}.
 */
public final class CallerScript {

    private static final CallerScript EMPTY = new CallerScript(List.of());

    private final List<CallerAction> actions;

    private CallerScript(List<CallerAction> actions) {
        this.actions = List.copyOf(actions);
    }

    public static CallerScript empty() {
        return EMPTY;
    }

    public static CallerScript of(CallerAction... actions) {
        return new CallerScript(List.of(actions));
    }

    public static CallerScript of(List<CallerAction> actions) {
        return new CallerScript(actions);
    }

    /** Parses the text grammar; throws {@link IllegalArgumentException} naming the faulty action. */
    public static CallerScript parse(String text) {
        return new CallerScript(CallerScriptParser.parse(text));
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<CallerAction> actions() {
        return actions;
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** The script in its text form; {@code parse(toString())} gives an equal script. */
    @Override
    public String toString() {
        return actions.stream().map(CallerAction::toScript).collect(Collectors.joining("; "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallerScript other && other.actions.equals(actions);
    }

    @Override
    public int hashCode() {
        return actions.hashCode();
    }

    /** Programmatic construction, e.g. {@code CallerScript.builder().press("2").silence().hangup().build()}. */
    public static final class Builder {
        private final List<CallerAction> actions = new ArrayList<>();

        private Builder() {
        }

        public Builder press(String keys) {
            return add(new CallerAction.Press(keys, CallerAction.DEFAULT_PRESS_AFTER));
        }

        public Builder press(String keys, Duration after) {
            return add(new CallerAction.Press(keys, after));
        }

        public Builder silence() {
            return add(new CallerAction.Silence());
        }

        public Builder speak(Path wav) {
            return add(new CallerAction.Speak(wav, null));
        }

        public Builder speak(Path wav, Duration until) {
            return add(new CallerAction.Speak(wav, until));
        }

        /** Speech {@code after} the start of an AudioSocket stream. */
        public Builder speakAfter(Path wav, Duration after) {
            return add(new CallerAction.Speak(wav, null, after));
        }

        public Builder hangup() {
            return add(new CallerAction.Hangup(CallerAction.DEFAULT_HANGUP_AFTER));
        }

        public Builder hangup(Duration after) {
            return add(new CallerAction.Hangup(after));
        }

        /** Hangs up during the next command whose name starts with {@code command}, e.g. {@code "record file"}. */
        public Builder hangupDuring(String command, Duration after) {
            return add(new CallerAction.Hangup(after, command));
        }

        public Builder dial(CallerAction.DialOutcome outcome) {
            return add(new CallerAction.Dial(outcome, null, null));
        }

        public Builder dialAnswer(Duration talk) {
            return add(new CallerAction.Dial(CallerAction.DialOutcome.ANSWER, null, talk));
        }

        public Builder add(CallerAction action) {
            actions.add(java.util.Objects.requireNonNull(action, "action"));
            return this;
        }

        public CallerScript build() {
            return new CallerScript(actions);
        }
    }
}
