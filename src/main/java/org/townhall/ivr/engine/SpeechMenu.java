package org.townhall.ivr.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.Ref;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.YesNo;

/**
 * The spoken side of a menu: "in a few words, why are you calling?". A confident answer routes at once; an
 * unsure one is confirmed ("Roads and street lighting, is that right?"); nothing usable is asked once more,
 * then the caller gets the key menu. "Operator" / "a person" reaches reception at any time; keys work throughout.
 */
final class SpeechMenu {
    static final String RECEPTION = "reception";
    /** About one meaningful word heard with full confidence, clearly ahead of any other department. */
    private static final double ROUTE_SCORE = 0.9;
    private static final double ROUTE_MARGIN = 0.45;
    private static final double CONFIRM_SCORE = 0.3;
    private static final int SPEECH_ATTEMPTS = 2;

    private final SpeechListener listener;

    SpeechMenu(SpeechListener listener) {
        this.listener = listener;
    }

    boolean applies(Node.Menu menu, CallSession call) {
        return menu.speechPrompt().isPresent() && listener.understands(call.language());
    }

    /** Either what follows (a node reached by speech or a key), or empty: go on with the key menu. */
    Optional<MenuChoice> run(Node.Menu menu, CallSession call) {
        Map<String, String> targets = departmentTargets(menu, call.townHall());
        Map<String, List<String>> intents = new LinkedHashMap<>();
        targets.keySet().forEach(d -> intents.put(d, call.townHall().department(d).phrases(call.language())));
        IntentMatcher matcher = new IntentMatcher(intents);
        List<String> grammar = new ArrayList<>();
        intents.values().forEach(grammar::addAll);
        for (int attempt = 0; attempt < SPEECH_ATTEMPTS; attempt++) {
            Heard heard = listener.listen(call.channel(), call.callId(), call.language(),
                    call.sound(menu.speechPrompt().get()), CallSession.ALL_KEYS, grammar);
            if (heard instanceof Heard.Key key) {
                return Optional.of(new MenuChoice.Key(key.key()));
            }
            if (heard instanceof Heard.Nothing) {
                call.record(menu.id(), "speech-silence", null);
                call.say(menu.noInput());
                continue;
            }
            Heard.Words words = (Heard.Words) heard;
            IntentMatcher.Match match = matcher.match(words.transcript());
            String said = words.transcript().text();
            if (match.isEmpty() || match.best().score() < CONFIRM_SCORE) {
                call.record(menu.id(), "speech-not-understood", said);
                call.say(Message.SPEECH_NOT_UNDERSTOOD);
                continue;
            }
            IntentMatcher.Scored best = match.best();
            call.record(menu.id(), "speech", said + " => " + best.intent() + String.format(Locale.ROOT, " %.2f", best.score()));
            if (best.score() >= ROUTE_SCORE && match.margin() >= ROUTE_MARGIN) {
                return Optional.of(routed(call, targets, best, said));
            }
            Optional<Boolean> confirmed = confirm(call, menu, best.intent());
            if (confirmed.isEmpty()) {
                break;
            }
            if (confirmed.get()) {
                return Optional.of(routed(call, targets, best, said));
            }
        }
        call.say(Message.SPEECH_USE_KEYS);
        return Optional.empty();
    }

    private static MenuChoice routed(CallSession call, Map<String, String> targets,
                                     IntentMatcher.Scored best, String said) {
        call.understood(best.intent(), said, best.score());
        return new MenuChoice.Node(targets.get(best.intent()));
    }

    /** "Roads and street lighting — is that right?": yes/1, no/2; empty when the caller gave no answer twice. */
    private Optional<Boolean> confirm(CallSession call, Node.Menu menu, String department) {
        Map<String, List<String>> yesNo = YesNo.phrases(call.language());
        IntentMatcher matcher = new IntentMatcher(yesNo);
        List<String> grammar = new ArrayList<>();
        yesNo.values().forEach(grammar::addAll);
        for (int attempt = 0; attempt < 2; attempt++) {
            call.say(call.townHall().department(department).name());
            Heard heard = listener.listen(call.channel(), call.callId(), call.language(),
                    call.sound(call.townHall().message(Message.SPEECH_CONFIRM)), "12", grammar);
            Optional<Boolean> answer = Optional.empty();
            if (heard instanceof Heard.Key key) {
                answer = Optional.of(key.key() == '1');
            } else if (heard instanceof Heard.Words words) {
                IntentMatcher.Match m = matcher.match(words.transcript());
                if (!m.isEmpty() && m.margin() > 0) {
                    answer = Optional.of(m.best().intent().equals(YesNo.YES));
                }
            }
            call.record(menu.id(), "confirm " + department, answer.map(a -> a ? "yes" : "no").orElse(null));
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    /** department → node: the departments the menu's choices lead to, and reception. */
    static Map<String, String> departmentTargets(Node.Menu menu, TownHall townHall) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (Ref ref : menu.choices().values()) {
            departmentOf(ref.target(), townHall, 0).ifPresent(d -> targets.putIfAbsent(d, ref.target()));
        }
        if (townHall.departments().containsKey(RECEPTION)) {
            targets.putIfAbsent(RECEPTION, townHall.menu().reception());
        }
        return targets;
    }

    private static Optional<String> departmentOf(String nodeId, TownHall townHall, int depth) {
        org.townhall.ivr.config.Node node = townHall.menu().nodes().get(nodeId);
        if (node == null || depth > 8) {
            return Optional.empty();
        }
        if (!node.departments().isEmpty()) {
            return Optional.of(node.departments().get(0));
        }
        if (node instanceof org.townhall.ivr.config.Node.Goto g) {
            return departmentOf(g.target().target(), townHall, depth + 1);
        }
        if (node instanceof org.townhall.ivr.config.Node.Say s) {
            return departmentOf(s.next().target(), townHall, depth + 1);
        }
        return Optional.empty();
    }
}
