package org.townhall.ivr.engine;

import org.townhall.ivr.config.Node;

/** Runs one type of menu node for a call and says what comes next. */
interface NodeHandler<N extends Node> {
    Next run(N node, CallSession call);
}
