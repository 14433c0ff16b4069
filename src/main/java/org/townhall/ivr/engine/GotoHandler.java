package org.townhall.ivr.engine;

import org.townhall.ivr.config.Node;

final class GotoHandler implements NodeHandler<Node.Goto> {
    @Override
    public Next run(Node.Goto node, CallSession call) {
        return Next.node(node.target().target());
    }
}
