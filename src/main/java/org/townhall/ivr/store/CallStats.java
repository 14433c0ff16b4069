package org.townhall.ivr.store;

import java.time.Instant;
import java.util.List;

/**
 * Figures over stored calls for the dashboard: aggregates computed by the database. Periods are half-open
 * ({@code from} included, {@code to} excluded) and select calls by their start. Every method throws
 * {@link StoreException} when the database cannot answer.
 */
public interface CallStats {
    /**
     * Calls started in the period, counted per UTC quarter hour (every time zone's offset is a multiple of a quarter
     * hour, so callers can bucket them into local hours and days exactly, daylight saving time included), department
     * and outcome.
     */
    List<CallCount> calls(Instant from, Instant to);

    /** Calls started in the period per department and stored topic (the qualification), most frequent first. */
    List<TopicCount> topics(Instant from, Instant to);

    /** What the speech turns of calls started in the period led to. */
    SpeechCounts speech(Instant from, Instant to);

    /** Callback requests waiting ({@code open}) now, per department. */
    List<WaitingCallbacks> waitingCallbacks();
}
