package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** WAIT FOR DIGIT, GET DATA and the text receivers. */
final class InputCommands {

    private InputCommands() {
    }

    static Reply waitForDigit(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() != 4) {
            return Reply.usage();
        }
        OptionalLong timeout = CNum.scanInt(argv.get(3));
        if (timeout.isEmpty()) {
            return Reply.usage();
        }
        long micros = timeout.getAsLong() < 0 ? -1 : Micros.ofMillis(timeout.getAsLong());
        long start = ctx.clock.now();
        ctx.event(IVR, "waits for a key" + (micros < 0 ? "" : " (" + Micros.human(micros) + ")"));
        CallerTimeline.Wait wait = ctx.caller.waitForDigit(start, micros);
        ctx.clock.advance(wait.at());
        return switch (wait.kind()) {
            case KEY -> Reply.result(wait.key());
            case HANGUP -> {
                ctx.callerHangsUp(start + wait.at());
                yield Reply.result(-1);
            }
            default -> {
                if (micros != 0) {
                    ctx.event(IVR, "got no key (timeout)");
                }
                yield Reply.result(0);
            }
        };
    }

    static Reply getData(List<String> argv, CallContext ctx) throws IOException {
        int argc = argv.size();
        if (argc < 3) {
            return Reply.usage();
        }
        int timeout = argc >= 4 ? CNum.atoi(argv.get(3)) : 0;
        int max = argc >= 5 ? CNum.atoi(argv.get(4)) : 1024;
        String prompt = argv.get(2);
        long promptMicros = 0;
        if (!prompt.isEmpty()) {
            Optional<SoundLibrary.Sound> sound = ctx.sounds.find(prompt, ctx.channel.language);
            if (sound.isEmpty()) {
                ctx.event(IVR, "cannot play " + prompt + ": no such sound file");
                return Reply.line("200 result=-1");
            }
            promptMicros = sound.get().micros();
        }
        if (max == 0) {
            return Reply.line("200 result=-1");
        }
        boolean endless = timeout < 0;
        long first = timeout > 0 ? Micros.ofMillis(timeout) : 6_000_000;
        long next = timeout > 0 ? Micros.ofMillis(timeout) : 2_000_000;
        long start = ctx.clock.now();
        ctx.channel.musicOnHold = false;
        ctx.event(IVR, "asks for digits" + (prompt.isEmpty() ? "" : ": plays " + prompt)
                + " (" + (endless ? "no timeout" : "timeout " + Micros.human(first)) + ", at most "
                + Math.max(max, 1) + ")");
        CallerTimeline.Digits digits = ctx.caller.collectDigits(start, promptMicros, first, next, Math.max(max, 1),
                endless);
        ctx.clock.advance(digits.at());
        return switch (digits.end()) {
            case COMPLETE -> {
                ctx.event(IVR, "got " + digits.digits());
                yield Reply.line("200 result=" + digits.digits());
            }
            case EMPTY -> {
                ctx.event(IVR, "got nothing (# alone)");
                yield Reply.line("200 result=");
            }
            case TIMEOUT -> {
                ctx.event(IVR, digits.digits().isEmpty() ? "got no digits (timeout)"
                        : "got " + digits.digits() + " (timeout)");
                yield Reply.line("200 result=" + digits.digits() + " (timeout)");
            }
            default -> {
                ctx.callerHangsUp(start + digits.at());
                yield Reply.line("200 result=-1");
            }
        };
    }

    /** RECEIVE CHAR: no caller sends text, so Asterisk's ast_recvchar comes back empty-handed (-1). */
    static Reply receiveChar(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        receiveNothing(ctx, CNum.atoi(argv.get(2)));
        return Reply.line("200 result=-1 (hangup)");
    }

    static Reply receiveText(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        receiveNothing(ctx, CNum.atoi(argv.get(2)));
        return Reply.line("200 result=-1");
    }

    private static void receiveNothing(CallContext ctx, int timeoutMs) throws IOException {
        if (timeoutMs == 0) {
            return;
        }
        long start = ctx.clock.now();
        CallerTimeline.Wait wait = ctx.caller.passive(start, timeoutMs < 0 ? -1 : Micros.ofMillis(timeoutMs),
                CallerTimeline.PATIENCE);
        ctx.clock.advance(wait.at());
        if (wait.kind() == CallerTimeline.Kind.HANGUP) {
            ctx.callerHangsUp(start + wait.at());
        }
    }
}
