package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Commands about the channel itself: answer, status, hang-up, caller ID, dialplan location, music, logging. */
final class ChannelCommands {

    private ChannelCommands() {
    }

    static Reply answer(List<String> argv, CallContext ctx) {
        if (!ctx.channel.up()) {
            ctx.channel.answer();
            ctx.event(IVR, "answers");
        }
        return Reply.result(0);
    }

    static Reply asyncagiBreak(List<String> argv, CallContext ctx) {
        return Reply.result(0);
    }

    static Reply channelStatus(List<String> argv, CallContext ctx) {
        if (argv.size() == 2) {
            return Reply.result(ctx.channel.state);
        }
        if (argv.size() == 3) {
            return Reply.result(argv.get(2).equals(ctx.channel.name) ? ctx.channel.state : -1);
        }
        return Reply.usage();
    }

    static Reply hangup(List<String> argv, CallContext ctx) {
        if (argv.size() > 2) {
            return Reply.usage();
        }
        if (argv.size() == 2 && !argv.get(1).equals(ctx.channel.name)) {
            return Reply.result(-1);
        }
        ctx.event(IVR, "hangs up");
        ctx.channel.hangup(ctx.clock.now(), Channel.HangupSource.IVR);
        return Reply.result(1);
    }

    static Reply noop(List<String> argv, CallContext ctx) {
        return Reply.result(0);
    }

    static Reply verbose(List<String> argv, CallContext ctx) {
        if (argv.size() < 2) {
            return Reply.usage();
        }
        ctx.event(IVR, "logs \"" + argv.get(1) + "\"");
        return Reply.result(1);
    }

    static Reply setMusic(List<String> argv, CallContext ctx) {
        if (argv.size() < 3) {
            return Reply.usage();
        }
        String onOff = argv.get(2).toLowerCase(Locale.ROOT);
        if (onOff.startsWith("on")) {
            ctx.channel.musicOnHold = true;
            ctx.event(IVR, "starts music on hold" + (argv.size() > 3 ? " (" + argv.get(3) + ")" : ""));
        } else if (onOff.startsWith("off")) {
            ctx.channel.musicOnHold = false;
            ctx.event(IVR, "stops music on hold");
        }
        return Reply.result(0);
    }

    /** Accepted and acknowledged; the simulator does not enforce the deadline. */
    static Reply setAutohangup(List<String> argv, CallContext ctx) {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        OptionalDouble seconds = CNum.scanDouble(argv.get(2));
        if (seconds.isEmpty()) {
            return Reply.usage();
        }
        ctx.event(IVR, "sets an automatic hang-up in " + Math.max(0, seconds.getAsDouble()) + " s");
        return Reply.result(0);
    }

    static Reply setCallerid(List<String> argv, CallContext ctx) {
        if (argv.size() > 2) {
            String[] parsed = CallerIdText.parse(argv.get(2));
            ctx.channel.callerName = parsed[0];
            ctx.channel.callerNum = parsed[1];
            ctx.event(IVR, "sets the caller ID to " + argv.get(2));
        }
        return Reply.result(1);
    }

    static Reply setContext(List<String> argv, CallContext ctx) {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        ctx.channel.context = argv.get(2);
        return Reply.result(0);
    }

    static Reply setExtension(List<String> argv, CallContext ctx) {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        ctx.channel.extension = argv.get(2);
        return Reply.result(0);
    }

    /** A label cannot be resolved without a dialplan, so only numeric priorities are accepted. */
    static Reply setPriority(List<String> argv, CallContext ctx) {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        OptionalLong priority = CNum.scanInt(argv.get(2));
        if (priority.isEmpty()) {
            return Reply.usage();
        }
        ctx.channel.priority = (int) priority.getAsLong();
        return Reply.result(0);
    }

    /** A PJSIP channel is not TDD-capable. */
    static Reply tddMode(List<String> argv, CallContext ctx) {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        return Reply.result(0);
    }

    static Reply sendText(List<String> argv, CallContext ctx) {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        ctx.event(IVR, "sends the text \"" + argv.get(2) + "\"");
        return Reply.result(0);
    }

    static Reply sendImage(List<String> argv, CallContext ctx) {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        return Reply.result(0);
    }

    /** app_stack's GOSUB command: the simulator has no dialplan, so every label is unknown. */
    static Reply gosub(List<String> argv, CallContext ctx) {
        if (argv.size() < 4 || argv.size() > 5) {
            return Reply.usage();
        }
        ctx.event(IVR, "calls subroutine " + argv.get(1) + "," + argv.get(2) + "," + argv.get(3)
                + ": no such dialplan location");
        return Reply.line("200 result=-1 Gosub label not found");
    }
}
