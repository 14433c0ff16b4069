package org.townhall.ivr.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.config.Department;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.Ref;
import org.townhall.ivr.store.CallbackRequest;
import org.townhall.ivr.store.NewCallback;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.StoreException;

/**
 * Takes a callback request: offer (1 yes, 0 reception, 2 no), the number to call back (the caller ID read
 * back, or typed when withheld or unusable), an optional spoken message, then a reference number.
 */
final class CallbackFlow {
    private static final Logger log = LoggerFactory.getLogger(CallbackFlow.class);
    static final Pattern CALLABLE = Pattern.compile("\\+?[0-9]{4,15}");
    private static final Duration KEY_TIMEOUT = Duration.ofSeconds(6);
    private static final Duration TYPING_TIMEOUT = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 3;

    Next offer(CallSession call, String node, Department department, Optional<Ref> next) {
        call.concerns(department.id());
        Optional<Character> choice = Optional.empty();
        for (int attempt = 0; attempt < ATTEMPTS && choice.isEmpty(); attempt++) {
            choice = call.ask(List.of(call.townHall().message(Message.CALLBACK_OFFER)), "012", KEY_TIMEOUT);
            call.record(node, choice.isPresent() ? "key" : "no-input", choice.map(String::valueOf).orElse(null));
        }
        if (choice.isPresent() && choice.get() == '0') {
            return Next.node(call.townHall().menu().reception());
        }
        if (choice.isEmpty() || choice.get() != '1') {
            return call.goodbye();
        }
        return take(call, node, department, next);
    }

    private Next take(CallSession call, String node, Department department, Optional<Ref> next) {
        Optional<String> number = numberToCall(call, node);
        if (number.isEmpty()) {
            call.say(Message.CALLBACK_FAILED);
            return call.goodbye();
        }
        try {
            if (call.store().openCallback(number.get(), department.id()).isPresent()) {
                call.record(node, "callback-exists", number.get());
                call.ifCallerLeaves(Outcome.CALLBACK);
                call.say(Message.CALLBACK_ALREADY_WAITING);
                call.say(Message.CALLBACK_WILL_CALL);
                return next.map(r -> Next.node(r.target())).orElseGet(call::goodbye);
            }
            String file = call.settings().recordingsDirectory() + "/callback-" + safe(call.callId());
            call.say(Message.CALLBACK_RECORD_MESSAGE);
            CallChannel.Recording message = call.channel().record(file, "wav", call.settings().maxMessage(),
                    call.settings().messageSilence(), "#", true);
            String messageFile = message.hasAudio() ? file + ".wav" : null;
            CallbackRequest request = call.store().requestCallback(new NewCallback(call.callId(), number.get(),
                    department.id(), call.qualification(), messageFile, call.clock().instant()));
            call.record(node, request.created() ? "callback" : "callback-exists",
                    String.valueOf(request.callback().id()));
            call.ifCallerLeaves(Outcome.CALLBACK);
            if (message.callerHungUp()) {
                throw new CallerHungUpException("callback message");
            }
            if (request.created()) {
                call.say(Message.CALLBACK_RECORDED);
                call.sayNumber(request.callback().id());
            } else {
                call.say(Message.CALLBACK_ALREADY_WAITING);
            }
            call.say(Message.CALLBACK_WILL_CALL);
        } catch (StoreException e) {
            log.error("callback request for {} not stored: {}", department.id(), e.getMessage(), e);
            call.record(node, "callback-failed", null);
            call.say(Message.CALLBACK_FAILED);
            return Next.node(call.townHall().menu().reception());
        }
        return next.map(r -> Next.node(r.target())).orElseGet(call::goodbye);
    }

    /** The caller ID when it is usable and the caller confirms it, otherwise a number typed on the keypad. */
    private Optional<String> numberToCall(CallSession call, String node) {
        IncomingCall incoming = call.incoming();
        String candidate = !incoming.callerWithheld() && incoming.callerNumber() != null
                && CALLABLE.matcher(incoming.callerNumber()).matches() ? incoming.callerNumber() : null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (candidate == null) {
                CallChannel.DigitEntry entry = call.channel().readDigits(
                        call.sound(call.townHall().message(Message.CALLBACK_NUMBER_ENTER)), TYPING_TIMEOUT, 15);
                call.record(node, "number-typed", entry.digits().isEmpty() ? null : entry.digits());
                if (CALLABLE.matcher(entry.digits()).matches()) {
                    candidate = entry.digits();
                }
                continue;
            }
            call.say(Message.CALLBACK_NUMBER_IS);
            call.sayDigits(candidate);
            Optional<Character> key = call.ask(List.of(call.townHall().message(Message.CALLBACK_NUMBER_CONFIRM)), "12",
                    KEY_TIMEOUT);
            call.record(node, "number-confirm", key.map(String::valueOf).orElse(null));
            if (key.isPresent() && key.get() == '1') {
                return Optional.of(candidate);
            }
            if (key.isPresent()) {
                candidate = null;
            }
        }
        return Optional.empty();
    }

    private static String safe(String callId) {
        return callId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
