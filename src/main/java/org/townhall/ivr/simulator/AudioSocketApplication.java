package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.ASTERISK;
import static org.townhall.ivr.simulator.TranscriptRecorder.CALLER;
import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * AudioSocket(uuid,host:port), as app_audiosocket of Asterisk 22 runs it: checks the UUID, connects (2 s at
 * most), drops the connection without a word when the channel is not answered, sends the UUID frame, then streams
 * the caller's audio (see {@link AudioSocketBridge}) and plays what the IVR sends back. Returns 0 when the IVR sends
 * a hang-up frame or closes the socket, -1 otherwise; when the caller hangs up the socket is simply closed and the
 * channel is dead (AGI's HANGUP line follows the reply).
 */
final class AudioSocketApplication {

    /** Asterisk's socket buffers are far larger; a small one keeps a simulator that runs ahead close to the IVR. */
    private static final int SEND_BUFFER_BYTES = 4096;

    private record Event(long at, String speaker, String text) {
    }

    private final String data;
    private final CallContext ctx;
    private final SimulatorOptions options;
    private final long start;

    private AudioSocketApplication(String data, CallContext ctx, SimulatorOptions options) {
        this.data = data;
        this.ctx = ctx;
        this.options = options;
        this.start = ctx.clock.now();
    }

    static int run(String data, CallContext ctx, SimulatorOptions options) throws IOException {
        return new AudioSocketApplication(data, ctx, options).run();
    }

    private int run() throws IOException {
        String[] args = data.split(",", -1);
        String uuid = args[0];
        String server = args.length > 1 ? args[1] : "";
        if (uuid.isEmpty()) {
            return notStarted(uuid, server, "cannot run AudioSocket: a UUID is required");
        }
        if (!AudioSocketWire.isUuid(uuid)) {
            return notStarted(uuid, server, "cannot run AudioSocket: '" + uuid + "' is not a UUID");
        }
        ctx.event(IVR, "opens an AudioSocket stream to " + server);
        Optional<Socket> connected = connect(server);
        if (connected.isEmpty()) {
            return notStarted(uuid, server, null);
        }
        try (Socket socket = connected.get()) {
            if (!ctx.channel.up() || ctx.channel.hungUp()) {
                // not answered: the socket is closed before the UUID; hung up: right after it (ast_read fails)
                if (ctx.channel.up()) {
                    socket.getOutputStream().write(AudioSocketWire.uuidFrame(uuid));
                }
                return notStarted(uuid, server, "drops the AudioSocket stream: the channel is "
                        + (ctx.channel.up() ? "hung up" : "not answered"));
            }
            return stream(socket, uuid, server);
        }
    }

    private int stream(Socket socket, String uuid, String server) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(AudioSocketWire.uuidFrame(uuid));
        out.flush();
        CallerAction action = ctx.caller.streamAction(start);
        short[] speech = action instanceof CallerAction.Speak speak ? ctx.caller.speech(speak.wav()) : null;
        CallerAudioSource caller = new CallerAudioSource(action, speech);
        IvrAudioLink ivr = new IvrAudioLink(socket, "audiosocket-sim-" + uuid.substring(0, 8));
        AudioSocketBridge bridge = new AudioSocketBridge(out, caller, ivr, ctx.clock.scale(),
                Micros.toSamples(Micros.of(options.audioSocketMaxAudio())), options.readTimeout().toNanos());
        IvrAudioLink.End end;
        try (ivr) {
            ivr.start();
            end = bridge.run();
        }
        finish(uuid, server, action, caller, ivr, bridge, end);
        return end.result();
    }

    private void finish(String uuid, String server, CallerAction action, CallerAudioSource caller, IvrAudioLink ivr,
                        AudioSocketBridge bridge, IvrAudioLink.End end) {
        long at = end.at();
        boolean callerHungUp = end.kind() == CallTranscript.AudioStreamEnd.CALLER_HUNG_UP;
        if (action != null) {
            ctx.caller.streamDone(action, caller.rest(at, callerHungUp));
        }
        List<CallTranscript.StreamedAudio> heard = HeardAudio.pieces(ivr.chunks(), start, at, callerHungUp, caller);
        List<Event> events = new ArrayList<>();
        for (CallerAudioSource.Happening h : caller.happenings(at)) {
            events.add(new Event(h.at(), CALLER, h.text()));
        }
        for (CallTranscript.StreamedAudio piece : heard) {
            events.add(new Event(Micros.toSamples((piece.startMs() * 1_000) - start), IVR, String.format(Locale.ROOT,
                    "streams %.2f s of audio%s", piece.durationMs() / 1000.0, HeardAudio.describe(piece.ending()))));
        }
        if (bridge.stoppedAt() >= 0 && bridge.stoppedAt() <= at) {
            events.add(new Event(bridge.stoppedAt(), CALLER, "has sent "
                    + Micros.human(Micros.ofSamples(bridge.stoppedAt())) + " of audio into the stream and sends no more"));
        }
        events.sort(Comparator.comparingLong(Event::at));
        for (Event e : events) {
            ctx.eventAt(start + Micros.ofSamples(e.at()), e.speaker(), e.text());
        }
        long endMicros = start + Micros.ofSamples(at);
        ctx.clock.catchUpTo(endMicros);
        if (callerHungUp) {
            ctx.transcript.callerHungUp(endMicros);
            ctx.callerHangsUp(endMicros);
        } else {
            boolean byIvr = end.kind() == CallTranscript.AudioStreamEnd.IVR_HANGUP_FRAME
                    || end.kind() == CallTranscript.AudioStreamEnd.IVR_CLOSED;
            ctx.event(byIvr ? IVR : ASTERISK, describe(end));
        }
        long sent = (bridge.stoppedAt() >= 0 ? Math.min(at, bridge.stoppedAt()) : at) / CallerAudioSource.FRAME;
        String keys = caller.keysPressed(at);
        ctx.transcript.note(endMicros, "AudioSocket " + uuid + " @ " + server + ": sent " + sent + " audio frames"
                + (keys.isEmpty() ? "" : " and DTMF " + keys) + ", received " + ivr.receivedFrames()
                + " audio frames (" + Micros.human(Micros.ofSamples(ivr.receivedSamples())) + "); " + end.detail()
                + ", result " + end.result());
        ctx.transcript.audioStream(new CallTranscript.AudioStream(Micros.toMillis(start), Micros.toMillis(endMicros),
                uuid, server, end.kind(), end.result(), caller.keysPressed(at), caller.spoken(at), heard));
    }

    private static String describe(IvrAudioLink.End end) {
        return switch (end.kind()) {
            case IVR_HANGUP_FRAME -> "ends the AudioSocket stream (hang-up frame)";
            case IVR_CLOSED -> "closes the AudioSocket stream";
            case IVR_ERROR_FRAME -> "ends the AudioSocket stream: the IVR sent an " + end.detail() + " (-1)";
            case IVR_INVALID_FRAME -> "ends the AudioSocket stream: the IVR sent " + end.detail() + " (-1)";
            case CONNECTION_BROKEN -> "loses the AudioSocket stream: " + end.detail() + " (-1)";
            case INACTIVITY_TIMEOUT -> "gives up the AudioSocket stream: " + end.detail() + " (-1)";
            default -> end.detail();
        };
    }

    /** ast_audiosocket_connect: {@code host:port} or {@code [v6]:port}, each address in turn, 2 s each. */
    private Optional<Socket> connect(String server) {
        Optional<InetSocketAddress[]> addresses = resolve(server);
        if (addresses.isEmpty()) {
            ctx.event(ASTERISK, "cannot resolve the AudioSocket service '" + server
                    + "': it needs a valid host name and port");
            return Optional.empty();
        }
        long timeoutMillis = options.connectTimeout().toMillis();
        String failure = "no address";
        for (InetSocketAddress address : addresses.get()) {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.setSendBufferSize(SEND_BUFFER_BYTES);
                socket.connect(address, (int) Math.min(Integer.MAX_VALUE, timeoutMillis));
                return Optional.of(socket);
            } catch (SocketTimeoutException e) {
                ctx.clock.catchUpTo(ctx.clock.now() + Micros.ofMillis(timeoutMillis));
                failure = "timed out after " + timeoutMillis + " ms";
            } catch (IOException e) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            try {
                socket.close();
            } catch (IOException e) {
                // never connected
            }
        }
        ctx.event(ASTERISK, "cannot connect to AudioSocket " + server + ": " + failure.toLowerCase(Locale.ROOT));
        return Optional.empty();
    }

    private static Optional<InetSocketAddress[]> resolve(String server) {
        String host;
        String port;
        if (server.startsWith("[")) {
            int close = server.indexOf("]:");
            if (close < 0) {
                return Optional.empty();
            }
            host = server.substring(1, close);
            port = server.substring(close + 2);
        } else {
            int colon = server.indexOf(':');
            if (colon <= 0 || colon != server.lastIndexOf(':')) {
                return Optional.empty();
            }
            host = server.substring(0, colon);
            port = server.substring(colon + 1);
        }
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            return Optional.empty();
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            InetSocketAddress[] out = new InetSocketAddress[all.length];
            for (int i = 0; i < all.length; i++) {
                out[i] = new InetSocketAddress(all[i], Integer.parseInt(port));
            }
            return Optional.of(out);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private int notStarted(String uuid, String server, String why) {
        if (why != null) {
            ctx.event(ASTERISK, why);
        }
        ctx.transcript.audioStream(new CallTranscript.AudioStream(Micros.toMillis(start),
                Micros.toMillis(ctx.clock.now()), uuid, server, CallTranscript.AudioStreamEnd.NOT_STARTED, -1, "",
                List.of(), List.of()));
        return -1;
    }
}
