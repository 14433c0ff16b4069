package org.townhall.ivr.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects what happens during a call and builds the {@link CallTranscript}. */
final class TranscriptRecorder {

    static final String IVR = "IVR";
    static final String CALLER = "caller";
    static final String CALLEE = "callee";
    static final String ASTERISK = "Asterisk";

    private final CallSetup setup;
    private final String uniqueId;
    private final Instant startedAt = Instant.now();
    private final List<CallTranscript.Line> lines = new ArrayList<>();
    private final List<CallTranscript.Event> events = new ArrayList<>();
    private final List<CallTranscript.DialAttempt> dials = new ArrayList<>();
    private final List<CallTranscript.Recording> recordings = new ArrayList<>();
    private final List<CallTranscript.AudioStream> audioStreams = new ArrayList<>();
    private Long callerHangupMicros;

    TranscriptRecorder(CallSetup setup, String uniqueId) {
        this.setup = setup;
        this.uniqueId = uniqueId;
    }

    void sent(long micros, String text) {
        lines.add(new CallTranscript.Line(Micros.toMillis(micros), CallTranscript.Direction.SENT_BY_ASTERISK, text));
    }

    void received(long micros, String text) {
        lines.add(new CallTranscript.Line(Micros.toMillis(micros), CallTranscript.Direction.RECEIVED_FROM_SERVER,
                text));
    }

    void note(long micros, String text) {
        lines.add(new CallTranscript.Line(Micros.toMillis(micros), CallTranscript.Direction.NOTE, text));
    }

    void event(long micros, String speaker, String text) {
        events.add(new CallTranscript.Event(Micros.toMillis(micros), speaker, text));
    }

    void callerHungUp(long micros) {
        if (callerHangupMicros == null) {
            callerHangupMicros = micros;
        }
        event(micros, CALLER, "hangs up");
    }

    void dial(CallTranscript.DialAttempt attempt) {
        dials.add(attempt);
    }

    void recording(CallTranscript.Recording recording) {
        recordings.add(recording);
    }

    void audioStream(CallTranscript.AudioStream stream) {
        audioStreams.add(stream);
    }

    CallTranscript finish(Channel channel, CallTranscript.End end, Long serverClosedMicros,
                          Duration closeDelayAfterHangup, long nowMicros) {
        String query = setup.script();
        int q = query.indexOf('?');
        String scenario = q >= 0 ? query.substring(0, q) : query;
        return new CallTranscript(uniqueId, setup.callerId(), setup.callerIdName(), setup.requestUrl(), scenario,
                startedAt, lines, events, channel.variables(), dials, recordings, audioStreams,
                callerHangupMicros == null ? null : Micros.toMillis(callerHangupMicros),
                channel.hungUp() ? Micros.toMillis(channel.hangupAtMicros()) : null, end,
                serverClosedMicros == null ? null : Micros.toMillis(serverClosedMicros), closeDelayAfterHangup,
                Micros.toMillis(nowMicros));
    }
}
