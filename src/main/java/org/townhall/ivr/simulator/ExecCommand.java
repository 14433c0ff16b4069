package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** EXEC application [options]: runs one of the dialplan applications the simulator knows, else -2. */
final class ExecCommand {

    private ExecCommand() {
    }

    static Reply exec(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() < 2) {
            return Reply.usage();
        }
        String name = argv.get(1);
        String data = argv.size() == 2 ? "" : argv.get(2);
        if (ctx.variables.read("AGIEXECFULL").map(ExecCommand::isTrue).orElse(false)) {
            data = ctx.variables.substitute(data);
        }
        Optional<Applications.Application> application = Applications.find(name);
        if (application.isEmpty()) {
            ctx.event(IVR, "runs " + name + "(" + data + "): no such application");
            return Reply.result(-2);
        }
        return Reply.result(application.get().run(data, ctx));
    }

    private static boolean isTrue(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true", "y", "t", "1", "on" -> true;
            default -> false;
        };
    }
}
