package org.townhall.ivr.simulator;

import java.nio.file.Path;

/** What a command handler works with during one call. */
final class CallContext {

    final Channel channel;
    final CallerTimeline caller;
    final SimClock clock;
    final SoundLibrary sounds;
    final TranscriptRecorder transcript;
    final AgiDatabase database;
    final ChannelVariables variables;
    final Path recordingRoot;
    final SimulatorOptions options;

    CallContext(Channel channel, CallerTimeline caller, SimClock clock, SoundLibrary sounds,
                TranscriptRecorder transcript, AgiDatabase database, SimulatorOptions options) {
        this.channel = channel;
        this.caller = caller;
        this.clock = clock;
        this.sounds = sounds;
        this.transcript = transcript;
        this.database = database;
        this.variables = new ChannelVariables(channel, database);
        this.recordingRoot = options.recordingRoot();
        this.options = options;
    }

    /** Logs a readable event at the current simulated time. */
    void event(String speaker, String text) {
        transcript.event(clock.now(), speaker, text);
    }

    void eventAt(long micros, String speaker, String text) {
        transcript.event(micros, speaker, text);
    }

    /** The caller hung up at {@code micros}: the channel dies; Asterisk's HANGUP line will follow the reply. */
    void callerHangsUp(long micros) {
        channel.hangup(micros, Channel.HangupSource.CALLER);
    }
}
