package org.townhall.ivr.engine;

import org.townhall.ivr.config.Node;
import org.townhall.ivr.store.Outcome;

final class HangupHandler implements NodeHandler<Node.Hangup> {
    @Override
    public Next run(Node.Hangup node, CallSession call) {
        node.prompt().ifPresent(call::say);
        call.channel().hangup();
        return Next.end(call.outcomeIfCallerLeaves() == Outcome.HUNG_UP ? Outcome.ENDED : call.outcomeIfCallerLeaves());
    }
}
