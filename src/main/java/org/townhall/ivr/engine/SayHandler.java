package org.townhall.ivr.engine;

import org.townhall.ivr.config.Node;

final class SayHandler implements NodeHandler<Node.Say> {
    @Override
    public Next run(Node.Say node, CallSession call) {
        call.say(node.prompt());
        return Next.node(node.next().target());
    }
}
