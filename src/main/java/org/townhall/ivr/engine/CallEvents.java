package org.townhall.ivr.engine;

import java.time.Instant;
import org.townhall.ivr.store.Outcome;

/**
 * What the engine tells the world while calls happen, for live views such as the operators' screen pop. Called on
 * the call's own thread: a listener must return quickly (hand the event over, never wait on a browser). Whatever
 * a listener throws is logged by the engine and never breaks the call.
 */
public interface CallEvents {
    /** Listens to nothing. */
    CallEvents NONE = new CallEvents() {
    };

    /** A call reached the IVR. {@code callerNumber} is empty when the caller withheld it. */
    record Started(String callId, String callerNumber, String callerName, String language, Instant at) {
    }

    /** The call took a step through the menu ({@code event}: key, no-input, dial…). */
    record Step(String callId, String node, String event, Instant at) {
    }

    /**
     * The department's phones are about to ring, with the qualification attached to the call.
     *
     * @param transcript what the caller said, as recognised; empty when they used keys
     */
    record Ringing(String callId, String department, String topic, String transcript, String callerNumber,
                   String callerName, String language, String dial, Instant at) {
    }

    /** How the department's phones answered the transfer. */
    record TransferResult(String callId, String department, DialOutcome result, Instant at) {
    }

    /** The call left the IVR; {@code department} may be null. */
    record Ended(String callId, Outcome outcome, String department, Instant at) {
    }

    default void callStarted(Started event) {
    }

    default void step(Step event) {
    }

    default void transferRinging(Ringing event) {
    }

    default void transferResult(TransferResult event) {
    }

    default void callEnded(Ended event) {
    }
}
