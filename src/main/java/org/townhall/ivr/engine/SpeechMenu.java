package org.townhall.ivr.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.Vocabulary;
import org.townhall.ivr.speech.YesNo;

/**
 * The spoken side of a menu: "in a few words, why are you calling?". A confident answer routes at once; an
 * unsure one is confirmed ("Roads and street lighting, is that right?"); nothing usable is asked once more,
 * then the caller gets the key menu. "Operator" / "a person" reaches reception at any time; keys work throughout.
 */
final class SpeechMenu {
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
        Map<String, String> targets = SpeechIntents.departmentTargets(menu, call.townHall());
        Map<String, List<String>> intents = SpeechIntents.intents(menu, call.townHall(), call.language());
        IntentMatcher matcher = new IntentMatcher(intents);
        Map<String, List<String>> meanings = SpeechIntents.meanings(menu, call.townHall(), call.language());
        MeaningMatcher meaning = listener.meaning(call.language(), meanings);
        List<String> grammar = SpeechIntents.grammar(meanings);
        for (int attempt = 0; attempt < SPEECH_ATTEMPTS; attempt++) {
            Heard heard = listener.listen(call.channel(), call.callId(), call.language(),
                    call.sound(menu.speechPrompt().get()), CallSession.ALL_KEYS, Vocabulary.openAnswer(grammar));
            if (heard instanceof Heard.Key key) {
                return Optional.of(new MenuChoice.Key(key.key()));
            }
            if (heard instanceof Heard.Nothing) {
                call.record(menu.id(), "speech-silence", null);
                call.say(menu.noInput());
                continue;
            }
            Heard.Words words = (Heard.Words) heard;
            SpeechDecision decision = SpeechDecision.of(matcher, meaning, words.readings());
            String said = words.text();
            if (decision.kind() == SpeechDecision.Kind.NOT_UNDERSTOOD) {
                call.record(menu.id(), SpokenRequests.NOT_UNDERSTOOD, said);
                call.say(Message.SPEECH_NOT_UNDERSTOOD);
                continue;
            }
            call.record(menu.id(), HeardAnswer.EVENT, new HeardAnswer(said, decision.intent(), decision.score(),
                    decision.basis() == SpeechDecision.Basis.MEANING).input());
            if (decision.kind() == SpeechDecision.Kind.ROUTE) {
                return Optional.of(routed(call, targets, decision, said));
            }
            Optional<Boolean> confirmed = confirm(call, menu, decision.intent());
            if (confirmed.isEmpty()) {
                break;
            }
            if (confirmed.get()) {
                return Optional.of(routed(call, targets, decision, said));
            }
        }
        call.say(Message.SPEECH_USE_KEYS);
        return Optional.empty();
    }

    private static MenuChoice routed(CallSession call, Map<String, String> targets, SpeechDecision decision,
                                     String said) {
        call.understood(decision.intent(), said, decision.score());
        return new MenuChoice.Node(targets.get(decision.intent()));
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
                    call.sound(call.townHall().message(Message.SPEECH_CONFIRM)), "12", Vocabulary.oneOf(grammar));
            Optional<Boolean> answer = Optional.empty();
            if (heard instanceof Heard.Key key) {
                answer = Optional.of(key.key() == '1');
            } else if (heard instanceof Heard.Words words) {
                for (Recognition.Reading reading : words.readings()) {
                    IntentMatcher.Match m = matcher.match(reading.transcript());
                    if (!m.isEmpty() && m.margin() > 0) {
                        answer = Optional.of(m.best().intent().equals(YesNo.YES));
                        break;
                    }
                }
            }
            call.record(menu.id(), SpokenRequests.CONFIRM + department, answer.map(a -> a ? "yes" : "no").orElse(null));
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }
}
