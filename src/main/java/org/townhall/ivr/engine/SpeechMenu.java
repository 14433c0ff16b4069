package org.townhall.ivr.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.Vocabulary;

/**
 * The spoken side of a menu: "in a few words, why are you calling?". A confident answer routes at once; an
 * unsure one is confirmed ("Roads and street lighting, is that right?"); nothing usable is asked once more,
 * then the caller gets the key menu. "Operator" / "a person" reaches reception at any time; keys work throughout.
 * A caller who paused mid-request and goes on over the next prompt is heard out: the rest is joined to the start
 * ({@link GoingOn}). A "no" that says what the request is ("No, it's about my bins") is taken as the answer.
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
        Map<String, List<String>> meanings = SpeechIntents.meanings(menu, call.townHall(), call.language());
        Answers answers = new Answers(new IntentMatcher(SpeechIntents.intents(menu, call.townHall(), call.language())),
                listener.meaning(call.language(), meanings), SpeechIntents.grammar(meanings));
        Sound question = call.sound(menu.speechPrompt().get());
        List<Sound> prompts = List.of(question);
        // what the last turn heard but did not understand: the start of the request when the caller goes on
        List<Recognition.Reading> notUnderstood = List.of();
        for (int attempt = 0; attempt < SPEECH_ATTEMPTS; attempt++) {
            Heard heard = listener.listen(call.channel(), call.callId(), call.language(), prompts, CallSession.ALL_KEYS,
                    Vocabulary.openAnswer(answers.grammar()));
            prompts = List.of(question);
            if (heard instanceof Heard.Key key) {
                return Optional.of(new MenuChoice.Key(key.key()));
            }
            if (heard instanceof Heard.Nothing) {
                call.record(menu.id(), "speech-silence", null);
                call.say(menu.noInput());
                notUnderstood = List.of();
                continue;
            }
            Heard.Words words = (Heard.Words) heard;
            List<Recognition.Reading> readings = words.spokeAtOnce()
                    ? GoingOn.joined(notUnderstood, words.readings()) : words.readings();
            SpeechDecision decision = answers.decide(readings);
            if (decision.kind() == SpeechDecision.Kind.NOT_UNDERSTOOD) {
                call.record(menu.id(), SpokenRequests.NOT_UNDERSTOOD, text(readings));
                notUnderstood = readings;
                prompts = List.of(call.sound(call.townHall().message(Message.SPEECH_NOT_UNDERSTOOD)), question);
                continue;
            }
            notUnderstood = List.of();
            Answer answer = new Answer(decision, readings);
            heardAnswer(call, menu, answer);
            Settled settled = decision.kind() == SpeechDecision.Kind.ROUTE
                    ? new Settled(answer, ConfirmationAnswer.YES) : settle(call, menu, answers, answer);
            if (settled.reply() == ConfirmationAnswer.YES) {
                return Optional.of(routed(call, targets, settled.answer()));
            }
            if (settled.reply() != ConfirmationAnswer.NO) {
                break;
            }
        }
        if (!notUnderstood.isEmpty()) {
            call.say(Message.SPEECH_NOT_UNDERSTOOD); // the last answer too: said before the keys are offered
        }
        call.say(Message.SPEECH_USE_KEYS);
        return Optional.empty();
    }

    /** The menu's phrases and meanings, and the policy deciding on them. */
    private record Answers(IntentMatcher matcher, MeaningMatcher meaning, List<String> grammar) {
        SpeechDecision decide(List<Recognition.Reading> readings) {
            return SpeechDecision.of(matcher, meaning, readings);
        }
    }

    /** The best text to show: the leading reading (free-form when there is one). */
    private static String text(List<Recognition.Reading> readings) {
        return readings.get(0).transcript().text();
    }

    /** An answer as the menu took it: the decision, and the readings it rests on. */
    private record Answer(SpeechDecision decision, List<Recognition.Reading> readings) {
    }

    /** Where asking about an answer ended: the answer then, and the caller's last reply (YES once routed). */
    private record Settled(Answer answer, ConfirmationAnswer reply) {
    }

    /**
     * Asks about the answer's department. When the caller goes on with the request over the question, or says no and
     * what the request is ("No, it's about my bins"), that is decided on, transferred at once when it routes, else
     * asked about once more (a yes or a no then settles it).
     */
    private Settled settle(CallSession call, Node.Menu menu, Answers answers, Answer answer) {
        Reply reply = confirm(call, menu, answer.decision().intent(), answers.grammar());
        GoingOn.Rest after = GoingOn.afterReply(answer.decision(), answer.readings(), reply.answer(), reply.said(),
                answers.matcher(), answers.meaning());
        if (!after.changed()) {
            return new Settled(answer, reply.answer());
        }
        Answer then = new Answer(after.decision(), after.readings());
        heardAnswer(call, menu, then);
        if (then.decision().kind() == SpeechDecision.Kind.ROUTE) {
            return new Settled(then, ConfirmationAnswer.YES);
        }
        return new Settled(then, confirm(call, menu, then.decision().intent(), List.of()).answer());
    }

    private static void heardAnswer(CallSession call, Node.Menu menu, Answer answer) {
        SpeechDecision decision = answer.decision();
        call.record(menu.id(), HeardAnswer.EVENT, new HeardAnswer(text(answer.readings()), decision.intent(),
                decision.score(), decision.basis() == SpeechDecision.Basis.MEANING).input());
    }

    private static MenuChoice routed(CallSession call, Map<String, String> targets, Answer answer) {
        SpeechDecision decision = answer.decision();
        call.understood(decision.intent(), text(answer.readings()), decision.score());
        return new MenuChoice.Node(targets.get(decision.intent()));
    }

    /** The caller's reply to a confirmation, and what they said (none for a key). */
    private record Reply(ConfirmationAnswer answer, List<Recognition.Reading> said) {
    }

    /**
     * "Roads and street lighting — is that right?": yes/1, no/2, asked twice at most. When {@code goingOn} holds the
     * request's phrases, the caller may instead go on with their request ({@link ConfirmationAnswer#WENT_ON}: heard
     * free-form and with those phrases, apart from the yes/no reading, whose request words would make it mishear "yes"
     * as "us"); else only a yes or a no counts. NOTHING when the caller gave no usable reply twice.
     */
    private Reply confirm(CallSession call, Node.Menu menu, String department, List<String> goingOn) {
        boolean mayGoOn = !goingOn.isEmpty();
        Vocabulary vocabulary = ConfirmationAnswer.heardFor(call.language(), goingOn);
        List<Sound> question = List.of(call.sound(call.townHall().department(department).name()),
                call.sound(call.townHall().message(Message.SPEECH_CONFIRM)));
        for (int attempt = 0; attempt < 2; attempt++) {
            Heard heard = listener.listen(call.channel(), call.callId(), call.language(), question, "12", vocabulary);
            Reply reply = new Reply(ConfirmationAnswer.NOTHING, List.of());
            if (heard instanceof Heard.Key key) {
                reply = new Reply(key.key() == '1' ? ConfirmationAnswer.YES : ConfirmationAnswer.NO, List.of());
            } else if (heard instanceof Heard.Words words) {
                ConfirmationAnswer answer = ConfirmationAnswer.of(call.language(), words.readings(),
                        words.alreadyTalking());
                reply = new Reply(answer == ConfirmationAnswer.WENT_ON && !mayGoOn ? ConfirmationAnswer.NOTHING : answer,
                        words.readings());
            }
            call.record(menu.id(), SpokenRequests.CONFIRM + department, switch (reply.answer()) {
                case YES -> "yes";
                case NO -> "no";
                case WENT_ON -> SpokenRequests.WENT_ON;
                case NOTHING -> null;
            });
            if (reply.answer() != ConfirmationAnswer.NOTHING) {
                return reply;
            }
        }
        return new Reply(ConfirmationAnswer.NOTHING, List.of());
    }
}
