package org.townhall.ivr.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One step of a menu tree. Each type is a small immutable record; the engine has one handler per type. */
public sealed interface Node {
    String id();

    Location location();

    /** The nodes this one can lead to (for validation and reachability). */
    List<Ref> references();

    /** The departments this node names. */
    default List<String> departments() {
        return List.of();
    }

    /** The prompts this node speaks. */
    List<Prompt> prompts();

    /** Says a prompt, then goes on. */
    record Say(String id, Prompt prompt, Ref next, Location location) implements Node {
        public List<Ref> references() {
            return List.of(next);
        }

        public List<Prompt> prompts() {
            return List.of(prompt);
        }
    }

    /**
     * Asks the caller to press a key. In every menu {@code 0} reaches reception and {@code *} repeats the
     * prompt; silence and wrong keys reprompt up to {@code maxAttempts} times, then {@code fallback}. With a
     * {@code speechPrompt}, the caller may also say why they call: the departments of the choices (and
     * reception) are recognised from their phrases.
     */
    record Menu(String id, Prompt prompt, Optional<Prompt> speechPrompt, Map<Character, Ref> choices, Prompt noInput,
                Prompt noMatch, int maxAttempts, Duration timeout, Ref fallback, Location location) implements Node {
        public Menu {
            // in the file's order: the spoken menu breaks ties between departments the same way on every run
            choices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choices));
        }

        public List<Ref> references() {
            List<Ref> refs = new ArrayList<>(choices.values());
            refs.add(fallback);
            return refs;
        }

        public List<Prompt> prompts() {
            List<Prompt> all = new ArrayList<>(List.of(prompt, noInput, noMatch));
            speechPrompt.ifPresent(all::add);
            return all;
        }
    }

    /** Branches on whether a department is open now. */
    record Hours(String id, String department, Ref open, Ref closed, Location location) implements Node {
        public List<Ref> references() {
            return List.of(open, closed);
        }

        public List<String> departments() {
            return List.of(department);
        }

        public List<Prompt> prompts() {
            return List.of();
        }
    }

    /**
     * Transfers the caller to a department with the qualification attached. When the department is closed or
     * does not answer, goes to {@code unavailable}, or (when absent) offers a callback for the department.
     */
    record Transfer(String id, String department, Duration ringTimeout, Optional<Ref> unavailable,
                    Location location) implements Node {
        public List<Ref> references() {
            return unavailable.map(List::of).orElse(List.of());
        }

        public List<String> departments() {
            return List.of(department);
        }

        public List<Prompt> prompts() {
            return List.of();
        }
    }

    /** Records a callback request for a department; then goes to {@code next}, or says goodbye and hangs up. */
    record Callback(String id, String department, Optional<Ref> next, Location location) implements Node {
        public List<Ref> references() {
            return next.map(List::of).orElse(List.of());
        }

        public List<String> departments() {
            return List.of(department);
        }

        public List<Prompt> prompts() {
            return List.of();
        }
    }

    /** Jumps to another node. */
    record Goto(String id, Ref target, Location location) implements Node {
        public List<Ref> references() {
            return List.of(target);
        }

        public List<Prompt> prompts() {
            return List.of();
        }
    }

    /** Optionally says a last prompt, then ends the call. */
    record Hangup(String id, Optional<Prompt> prompt, Location location) implements Node {
        public List<Ref> references() {
            return List.of();
        }

        public List<Prompt> prompts() {
            return prompt.map(List::of).orElse(List.of());
        }
    }
}
