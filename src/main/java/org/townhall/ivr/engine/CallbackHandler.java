package org.townhall.ivr.engine;

import org.townhall.ivr.config.Node;

final class CallbackHandler implements NodeHandler<Node.Callback> {
    private final CallbackFlow flow;

    CallbackHandler(CallbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public Next run(Node.Callback node, CallSession call) {
        call.reached(node.id());
        return flow.offer(call, node.id(), call.townHall().department(node.department()), node.next());
    }
}
