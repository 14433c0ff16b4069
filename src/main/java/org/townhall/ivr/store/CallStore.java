package org.townhall.ivr.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where calls, their paths and callback requests are kept. One implementation per database; SQLite first.
 * Every method throws {@link StoreException} when the database cannot do it.
 */
public interface CallStore extends AutoCloseable {
    /** Records a new call; returns the id it is stored under (the given one, made unique if already used). */
    String callStarted(CallStart start);

    void stepTaken(String callId, CallStep step);

    void callEnded(String callId, CallEnd end);

    Optional<CallRecord> call(String callId);

    List<CallRecord> calls(CallQuery query);

    /** The calls from {@code callerNumber}, newest first, without their paths. */
    List<CallRecord> callsFrom(String callerNumber, int limit);

    /** Stores a callback request, unless one is already open for the same number and department. */
    CallbackRequest requestCallback(NewCallback request);

    Optional<Callback> openCallback(String number, String department);

    List<Callback> callbacks(CallbackStatus status, String department, int limit);

    /** Closes calls left open by a server that stopped; returns how many. */
    int closeInterruptedCalls(Instant now);

    @Override
    void close();
}
