package org.townhall.ivr.simulator;

import java.util.List;

/** The SPEECH family: no speech engine is loaded, so no speech object ever exists (result 0). */
final class SpeechCommands {

    private SpeechCommands() {
    }

    static Reply create(List<String> argv, CallContext ctx) {
        return Reply.result(0);
    }

    static Reply set(List<String> argv, CallContext ctx) {
        return argv.size() != 4 ? Reply.usage() : Reply.result(0);
    }

    static Reply destroy(List<String> argv, CallContext ctx) {
        return Reply.result(0);
    }

    static Reply loadGrammar(List<String> argv, CallContext ctx) {
        return argv.size() != 5 ? Reply.usage() : Reply.result(0);
    }

    static Reply unloadGrammar(List<String> argv, CallContext ctx) {
        return argv.size() != 4 ? Reply.usage() : Reply.result(0);
    }

    static Reply activateGrammar(List<String> argv, CallContext ctx) {
        return argv.size() != 4 ? Reply.usage() : Reply.result(0);
    }

    static Reply deactivateGrammar(List<String> argv, CallContext ctx) {
        return argv.size() != 4 ? Reply.usage() : Reply.result(0);
    }

    static Reply recognize(List<String> argv, CallContext ctx) {
        return argv.size() < 4 ? Reply.usage() : Reply.result(0);
    }
}
