package org.townhall.ivr.console;

import java.time.Instant;

/**
 * A call in the IVR as operators see it: who calls, where it is, and, once a transfer rings, the qualification.
 *
 * @param state {@code in-ivr}, {@code ringing} (a department's phones ring), {@code transferred} (answered)
 * @param department the department the call concerns so far, or null
 * @param dial the dial string of the ringing department, or null
 */
public record LiveCall(String callId, String callerNumber, String callerName, String language, Instant startedAt,
                       String state, String node, String department, String topic, String transcript, String dial,
                       Instant ringingSince) {
    static final String IN_IVR = "in-ivr";
    static final String RINGING = "ringing";
    static final String TRANSFERRED = "transferred";

    LiveCall at(String newNode) {
        return new LiveCall(callId, callerNumber, callerName, language, startedAt, state, newNode, department, topic,
                transcript, dial, ringingSince);
    }

    LiveCall ringing(String dept, String newTopic, String newTranscript, String newDial, Instant since) {
        return new LiveCall(callId, callerNumber, callerName, language, startedAt, RINGING, node, dept, newTopic,
                newTranscript, newDial, since);
    }

    /** The same call, about {@code dept} when known. */
    LiveCall concerning(String dept) {
        return dept == null ? this : new LiveCall(callId, callerNumber, callerName, language, startedAt, state, node,
                dept, topic, transcript, dial, ringingSince);
    }

    LiveCall after(boolean answered) {
        return new LiveCall(callId, callerNumber, callerName, language, startedAt, answered ? TRANSFERRED : IN_IVR,
                node, department, topic, transcript, dial, answered ? ringingSince : null);
    }
}
