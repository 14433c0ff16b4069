package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.util.List;
import java.util.Optional;

/** SET VARIABLE, GET VARIABLE and GET FULL VARIABLE. */
final class VariableCommands {

    private VariableCommands() {
    }

    static Reply setVariable(List<String> argv, CallContext ctx) {
        if (argv.size() != 4) {
            return Reply.usage();
        }
        ctx.variables.write(argv.get(2), argv.get(3));
        ctx.event(IVR, "sets " + ChannelVariables.strip(argv.get(2)) + " = " + argv.get(3));
        return Reply.result(1);
    }

    static Reply getVariable(List<String> argv, CallContext ctx) {
        if (argv.size() != 3) {
            return Reply.usage();
        }
        Optional<String> value = ctx.variables.read(argv.get(2));
        return value.map(v -> Reply.result(1, v)).orElseGet(() -> Reply.result(0));
    }

    static Reply getFullVariable(List<String> argv, CallContext ctx) {
        if (argv.size() != 4 && argv.size() != 5) {
            return Reply.usage();
        }
        if (argv.size() == 5 && !argv.get(4).equals(ctx.channel.name)) {
            return Reply.result(0);
        }
        return Reply.result(1, ctx.variables.substitute(argv.get(3)));
    }
}
