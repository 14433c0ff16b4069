package org.townhall.ivr.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything that happened on one simulated call: the raw protocol lines (on the simulated timeline), a readable
 * list of events, the channel's final variables, dial attempts, recorded files and how the call ended.
 */
public final class CallTranscript {

    /** Who wrote a line. */
    public enum Direction {
        SENT_BY_ASTERISK, RECEIVED_FROM_SERVER, NOTE
    }

    /** How the conversation with the server ended. */
    public enum End {
        /** The server closed the socket (the normal end, before or after the hang-up). */
        SERVER_CLOSED,
        /** The channel was up and the server sent no command within the read timeout; the simulator gave up. */
        SERVER_SILENT,
        /** The channel hung up and the server kept the socket open beyond the hang-up close timeout. */
        NOT_CLOSED_AFTER_HANGUP,
        /** The server sent more commands than {@link SimulatorOptions#maxCommands()}. */
        COMMAND_LIMIT
    }

    /** A protocol line without its {@code \n}; {@code timeMs} is simulated time since connect. */
    public record Line(long timeMs, Direction direction, String text) {
    }

    /** A readable happening, e.g. {@code caller presses 2}. */
    public record Event(long timeMs, String speaker, String text) {
    }

    /** One {@code EXEC Dial}: target, timeout (null = none), options, DIALSTATUS, ring and talk time. */
    public record DialAttempt(long timeMs, String dialString, Integer timeoutSeconds, String options, String status,
                              long ringMs, long talkMs) {
    }

    /** A file written by RECORD FILE; {@code endedBy} is dtmf, silence, timeout or hangup. */
    public record Recording(long timeMs, Path file, String format, long samples, String endedBy) {
    }

    /**
     * One {@code EXEC AudioSocket}: when it ran on the call's timeline, its UUID and server, how it ended and the
     * result EXEC returned, what the caller pressed and said in it, and what the IVR streamed.
     */
    public record AudioStream(long startMs, long endMs, String uuid, String server, AudioStreamEnd end, int result,
                              String keysPressed, List<Path> spoken, List<StreamedAudio> streamed) {
        public AudioStream {
            spoken = List.copyOf(spoken);
            streamed = List.copyOf(streamed);
        }
    }

    /** How an {@code EXEC AudioSocket} ended, as app_audiosocket decides it. */
    public enum AudioStreamEnd {
        /** The IVR sent a hang-up frame: result 0. */
        IVR_HANGUP_FRAME,
        /** The IVR closed the socket: result 0. */
        IVR_CLOSED,
        /** The IVR sent an error frame: result -1, the call goes on. */
        IVR_ERROR_FRAME,
        /** The IVR sent a frame Asterisk does not take (a UUID, DTMF, an unknown kind, empty audio): result -1. */
        IVR_INVALID_FRAME,
        /** The connection broke, or ended inside a frame: result -1. */
        CONNECTION_BROKEN,
        /** The caller hung up: Asterisk closes the socket without a hang-up frame, result -1, then HANGUP. */
        CALLER_HUNG_UP,
        /** No audio either way for 2 s (after the caller's {@link SimulatorOptions#audioSocketMaxAudio()}): -1. */
        INACTIVITY_TIMEOUT,
        /** Bad arguments, the connection failed, or the channel was not answered: result -1, no stream. */
        NOT_STARTED
    }

    /**
     * Audio the IVR streamed over AudioSocket, as the caller heard it: from {@code startMs} to {@code endMs} of the
     * call, {@code samples} at 8 kHz (pauses shorter than 300 ms inside it included). The array is the
     * transcript's: do not change it.
     */
    public record StreamedAudio(long startMs, long endMs, short[] samples, Ending ending) {

        /** Why the audio stopped. */
        public enum Ending {
            /** The IVR stopped sending, the caller did not interrupt. */
            PLAYED,
            /** The caller spoke or pressed a key while it played, and it stopped within 600 ms. */
            BARGE_IN,
            /** The caller spoke or pressed a key while it played, and it went on regardless. */
            TALKED_OVER,
            /** The caller hung up while it played. */
            CALLER_HUNG_UP,
            /** The AudioSocket stream ended while it played. */
            STREAM_ENDED
        }

        public long durationMs() {
            return endMs - startMs;
        }
    }

    private final String uniqueId;
    private final String callerId;
    private final String callerIdName;
    private final String requestUrl;
    private final String scenario;
    private final Instant startedAt;
    private final List<Line> lines;
    private final List<Event> events;
    private final Map<String, String> variables;
    private final List<DialAttempt> dialAttempts;
    private final List<Recording> recordings;
    private final List<AudioStream> audioStreams;
    private final Long callerHangupMs;
    private final Long channelHangupMs;
    private final End end;
    private final Long serverClosedMs;
    private final Duration closeDelayAfterHangup;
    private final long durationMs;

    CallTranscript(String uniqueId, String callerId, String callerIdName, String requestUrl, String scenario,
                   Instant startedAt, List<Line> lines, List<Event> events, Map<String, String> variables,
                   List<DialAttempt> dialAttempts, List<Recording> recordings, List<AudioStream> audioStreams,
                   Long callerHangupMs,
                   Long channelHangupMs, End end, Long serverClosedMs, Duration closeDelayAfterHangup,
                   long durationMs) {
        this.uniqueId = uniqueId;
        this.callerId = callerId;
        this.callerIdName = callerIdName;
        this.requestUrl = requestUrl;
        this.scenario = scenario;
        this.startedAt = startedAt;
        this.lines = List.copyOf(lines);
        this.events = List.copyOf(events);
        this.variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
        this.dialAttempts = List.copyOf(dialAttempts);
        this.recordings = List.copyOf(recordings);
        this.audioStreams = List.copyOf(audioStreams);
        this.callerHangupMs = callerHangupMs;
        this.channelHangupMs = channelHangupMs;
        this.end = end;
        this.serverClosedMs = serverClosedMs;
        this.closeDelayAfterHangup = closeDelayAfterHangup;
        this.durationMs = durationMs;
    }

    public String uniqueId() {
        return uniqueId;
    }

    /** Caller ID number, or null when withheld. */
    public String callerId() {
        return callerId;
    }

    public String callerIdName() {
        return callerIdName;
    }

    public String requestUrl() {
        return requestUrl;
    }

    /** The script name without its query string. */
    public String scenario() {
        return scenario;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** All lines in order, including the environment block, the replies, spontaneous {@code HANGUP}s and notes. */
    public List<Line> lines() {
        return lines;
    }

    /** The lines the server sent, in order. */
    public List<String> commands() {
        return texts(Direction.RECEIVED_FROM_SERVER);
    }

    /** The lines the simulated Asterisk sent (environment block included), in order. */
    public List<String> sentByAsterisk() {
        return texts(Direction.SENT_BY_ASTERISK);
    }

    public List<Event> events() {
        return events;
    }

    /** Channel variables at the end of the call (inheritance prefixes stripped). */
    public Map<String, String> variables() {
        return variables;
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public List<DialAttempt> dialAttempts() {
        return dialAttempts;
    }

    public List<Recording> recordings() {
        return recordings;
    }

    /** The {@code EXEC AudioSocket} streams, in order. */
    public List<AudioStream> audioStreams() {
        return audioStreams;
    }

    /** Everything the IVR streamed over AudioSocket, in order. */
    public List<StreamedAudio> streamedAudio() {
        return audioStreams.stream().flatMap(s -> s.streamed().stream()).toList();
    }

    /** Whether the caller hung up (as opposed to the server, a Dial or nobody). */
    public boolean callerHungUp() {
        return callerHangupMs != null;
    }

    public OptionalLong callerHangupMs() {
        return callerHangupMs == null ? OptionalLong.empty() : OptionalLong.of(callerHangupMs);
    }

    /** Whether the channel was hung up by anyone (caller, server's HANGUP, Dial ending, Hangup app). */
    public boolean channelHungUp() {
        return channelHangupMs != null;
    }

    public OptionalLong channelHangupMs() {
        return channelHangupMs == null ? OptionalLong.empty() : OptionalLong.of(channelHangupMs);
    }

    public End end() {
        return end;
    }

    /** Whether the server closed the socket. */
    public boolean serverClosed() {
        return end == End.SERVER_CLOSED;
    }

    public OptionalLong serverClosedMs() {
        return serverClosedMs == null ? OptionalLong.empty() : OptionalLong.of(serverClosedMs);
    }

    /** Wall-clock time between the {@code HANGUP} line and the server closing the socket, when both happened. */
    public Optional<Duration> closeDelayAfterHangup() {
        return Optional.ofNullable(closeDelayAfterHangup);
    }

    public long durationMs() {
        return durationMs;
    }

    /** The call as a readable dialogue. */
    public String dialogue() {
        return TranscriptFormat.dialogue(this);
    }

    /** The call in the {@code <<}/{@code >>} trace format of {@code shared/asterisk/traces}. */
    public String rawTrace() {
        return TranscriptFormat.rawTrace(this);
    }

    @Override
    public String toString() {
        return dialogue();
    }

    private List<String> texts(Direction direction) {
        return lines.stream().filter(l -> l.direction() == direction).map(Line::text).toList();
    }
}
