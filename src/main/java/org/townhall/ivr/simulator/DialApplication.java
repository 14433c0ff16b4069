package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.CALLEE;
import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dial(target[,timeout[,options]]): the called party is scripted by the caller script's {@code dial} actions
 * (answer by default). Busy, no answer, congestion and unavailable return 0 with the channel up; an answered call
 * returns -1 and hangs the channel up when it ends, unless the {@code g} option is given (then 0).
 */
final class DialApplication {

    private DialApplication() {
    }

    static int dial(String data, CallContext ctx) throws IOException {
        if (ctx.channel.hungUp()) {
            return -1;
        }
        List<String> args = splitArgs(data);
        String target = args.isEmpty() ? "" : args.get(0);
        if (target.isEmpty()) {
            ctx.event(IVR, "dials nobody: Dial requires an argument");
            return -1;
        }
        Integer timeoutSeconds = null;
        if (args.size() > 1 && !args.get(1).isBlank()) {
            int parsed = CNum.atoi(args.get(1));
            timeoutSeconds = parsed > 0 ? parsed : null;
        }
        String options = args.size() > 2 ? args.get(2) : "";
        boolean goOn = withoutArguments(options).indexOf('g') >= 0;

        long start = ctx.clock.now();
        ctx.event(IVR, "dials " + target + (timeoutSeconds == null ? "" : " (ring " + timeoutSeconds + " s)"));
        CallerTimeline.DialCall call = ctx.caller.dial(start, timeoutSeconds == null ? -1 : timeoutSeconds * 1_000_000L);

        boolean answered = call.status().equals("ANSWER");
        if (answered) {
            ctx.eventAt(start + call.ring(), CALLEE, target + " answers");
            ctx.channel.answer();
        } else if (!call.status().equals("CANCEL")) {
            ctx.eventAt(start + call.ring(), CALLEE, target + " " + describe(call.status()));
        }
        ctx.clock.advance(call.end());
        ctx.channel.variables().put("DIALSTATUS", call.status());
        ctx.channel.variables().put("DIALEDTIME", Long.toString((call.ring() + call.talk()) / 1_000_000));
        ctx.channel.variables().put("ANSWEREDTIME", answered ? Long.toString(call.talk() / 1_000_000) : "");
        if (answered) {
            ctx.channel.variables().put("DIALEDPEERNUMBER", target.contains("/")
                    ? target.substring(target.indexOf('/') + 1) : target);
        }
        ctx.transcript.dial(new CallTranscript.DialAttempt(Micros.toMillis(start), target, timeoutSeconds, options,
                call.status(), Micros.toMillis(call.ring()), Micros.toMillis(call.talk())));

        if (call.callerHungUp()) {
            ctx.callerHangsUp(start + call.end());
            return -1;
        }
        if (answered) {
            ctx.event(CALLEE, target + " hangs up after " + Micros.human(call.talk()));
            if (goOn) {
                return 0;
            }
            ctx.channel.hangup(ctx.clock.now(), Channel.HangupSource.CALLEE);
            return -1;
        }
        return 0;
    }

    private static String describe(String status) {
        return switch (status) {
            case "BUSY" -> "is busy";
            case "NOANSWER" -> "does not answer";
            case "CONGESTION" -> "is congested";
            case "CHANUNAVAIL" -> "is unavailable";
            default -> status;
        };
    }

    /** Dial's comma-separated arguments, keeping commas inside parentheses (e.g. {@code U(sub,arg)}). */
    static List<String> splitArgs(String data) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : data.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        args.add(current.toString());
        return args;
    }

    private static String withoutArguments(String options) {
        return options.replaceAll("\\([^)]*\\)", "");
    }
}
