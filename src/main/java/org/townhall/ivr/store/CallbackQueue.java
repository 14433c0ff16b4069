package org.townhall.ivr.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The callback requests as operators work them. Every change is one conditional update: it happens only when the
 * request is in the state it names, and the claim is held by {@code user} where one is needed; it returns false
 * otherwise (read the request to learn why). So two operators can never work the same request.
 */
public interface CallbackQueue {
    List<Callback> list(CallbackFilter filter);

    Optional<Callback> get(long id);

    /** Takes an open or called, unclaimed request for {@code user}. */
    boolean claim(long id, String user, Instant at);

    /** Gives the claim back ({@code user} must hold it, or {@code anyone} is true). */
    boolean release(long id, String user, boolean anyone, Instant at);

    /** The citizen was reached: status {@code called}, one more attempt; the claim is kept to close it. */
    boolean calledBack(long id, String user, Instant at);

    /** Nobody answered: one more attempt, the claim is given back, the request stays open. */
    boolean noAnswer(long id, String user, Instant at);

    /** Closed with a note: status {@code done}. */
    boolean done(long id, String user, String note, Instant at);
}
