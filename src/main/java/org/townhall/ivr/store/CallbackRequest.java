package org.townhall.ivr.store;

/** The result of asking for a callback: the request, and whether it is new or one already open. */
public record CallbackRequest(Callback callback, boolean created) {
}
