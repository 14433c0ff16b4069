package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.util.List;

/** DATABASE GET/PUT/DEL/DELTREE on the simulator's in-memory AstDB. */
final class DatabaseCommands {

    private DatabaseCommands() {
    }

    static Reply get(List<String> argv, CallContext ctx) {
        if (argv.size() != 4) {
            return Reply.usage();
        }
        return ctx.database.get(argv.get(2), argv.get(3)).map(v -> Reply.result(1, v))
                .orElseGet(() -> Reply.result(0));
    }

    static Reply put(List<String> argv, CallContext ctx) {
        if (argv.size() != 5) {
            return Reply.usage();
        }
        ctx.database.put(argv.get(2), argv.get(3), argv.get(4));
        ctx.event(IVR, "stores " + argv.get(2) + "/" + argv.get(3) + " = " + argv.get(4));
        return Reply.result(1);
    }

    static Reply del(List<String> argv, CallContext ctx) {
        if (argv.size() != 4) {
            return Reply.usage();
        }
        return Reply.result(ctx.database.delete(argv.get(2), argv.get(3)) ? 1 : 0);
    }

    /** res_agi answers 0 when something was deleted and 1 otherwise (sic). */
    static Reply deltree(List<String> argv, CallContext ctx) {
        if (argv.size() < 3 || argv.size() > 4) {
            return Reply.usage();
        }
        int deleted = ctx.database.deleteTree(argv.get(2), argv.size() == 4 ? argv.get(3) : null);
        return Reply.result(deleted > 0 ? 0 : 1);
    }
}
