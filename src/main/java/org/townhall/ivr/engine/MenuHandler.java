package org.townhall.ivr.engine;

import java.util.List;
import java.util.Optional;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.Ref;

/**
 * A menu: first by speech when the menu has a speech prompt and the caller's language is understood, then by
 * keys. {@code 0} reaches reception and {@code *} repeats, in every menu; silence and wrong keys are told so and
 * the menu is asked again, up to the menu's attempts, then the fallback.
 */
final class MenuHandler implements NodeHandler<Node.Menu> {
    /** Repeats asked with '*' before they count as failed attempts. */
    private static final int FREE_REPEATS = 3;

    private final SpeechMenu speech;

    MenuHandler(SpeechMenu speech) {
        this.speech = speech;
    }

    @Override
    public Next run(Node.Menu menu, CallSession call) {
        Optional<Character> pressed = Optional.empty();
        if (speech.applies(menu, call)) {
            Optional<MenuChoice> choice = speech.run(menu, call);
            if (choice.isPresent() && choice.get() instanceof MenuChoice.Node node) {
                return Next.node(node.id());
            }
            pressed = choice.map(c -> ((MenuChoice.Key) c).key());
        }
        return keys(menu, call, pressed);
    }

    private Next keys(Node.Menu menu, CallSession call, Optional<Character> alreadyPressed) {
        int failures = 0;
        int repeats = 0;
        List<Prompt> toPlay = List.of(menu.prompt());
        Optional<Character> pending = alreadyPressed;
        while (true) {
            Optional<Character> key = pending.isPresent() ? pending
                    : call.ask(toPlay, CallSession.ALL_KEYS, menu.timeout());
            pending = Optional.empty();
            if (key.isEmpty()) {
                call.record(menu.id(), "no-input", null);
                failures++;
                toPlay = List.of(menu.noInput(), menu.prompt());
            } else if (key.get() == '0') {
                call.record(menu.id(), "key", "0");
                call.chose(menu.id(), '0');
                return Next.node(call.townHall().menu().reception());
            } else if (key.get() == '*') {
                call.record(menu.id(), "key", "*");
                toPlay = List.of(menu.prompt());
                if (++repeats <= FREE_REPEATS) {
                    continue;
                }
                failures++;
            } else {
                Ref choice = menu.choices().get(key.get());
                call.record(menu.id(), choice == null ? "no-match" : "key", String.valueOf(key.get()));
                if (choice != null) {
                    call.chose(menu.id(), key.get());
                    return Next.node(choice.target());
                }
                failures++;
                toPlay = List.of(menu.noMatch(), menu.prompt());
            }
            if (failures >= menu.maxAttempts()) {
                call.record(menu.id(), "fallback", menu.fallback().target());
                return Next.node(menu.fallback().target());
            }
        }
    }
}
