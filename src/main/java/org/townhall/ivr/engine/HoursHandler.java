package org.townhall.ivr.engine;

import org.townhall.ivr.config.Node;

final class HoursHandler implements NodeHandler<Node.Hours> {
    @Override
    public Next run(Node.Hours node, CallSession call) {
        call.concerns(node.department());
        boolean open = call.townHall().department(node.department()).hours().isOpen(call.clock().instant());
        call.record(node.id(), open ? "open" : "closed", node.department());
        return Next.node(open ? node.open().target() : node.closed().target());
    }
}
