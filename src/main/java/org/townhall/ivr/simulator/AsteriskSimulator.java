package org.townhall.ivr.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Asterisk side of FastAGI: connects to a FastAGI server like Asterisk 22 does, sends the environment block,
 * answers every command like res_agi does and plays a {@link CallerScript}. Calls may run concurrently; the
 * in-memory AstDB ({@code DATABASE} commands) is shared by the calls of one simulator.
 *
 * <pre>
 * AsteriskSimulator asterisk = new AsteriskSimulator(SimulatorOptions.instant());
 * CallTranscript call = asterisk.call(CallSetup.to("127.0.0.1", 4573, "townhall"),
 *         CallerScript.parse("press 2; silence; hangup"));
 * System.out.print(call.dialogue());
 * </pre>
 */
public final class AsteriskSimulator {

    private static final AtomicInteger CHANNEL_SEQUENCE = new AtomicInteger(1);
    /** Like Asterisk's per-process counter; started apart per process so that two `simulate` runs never collide. */
    private static final AtomicInteger UNIQUE_SEQUENCE = new AtomicInteger(1 + (int) (ProcessHandle.current().pid() % 1000) * 1000);

    private final SimulatorOptions options;
    private final AgiDatabase database = new AgiDatabase();

    public AsteriskSimulator(SimulatorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SimulatorOptions options() {
        return options;
    }

    /**
     * Places one call and returns when the server closed the socket (or the simulator gave up: see
     * {@link CallTranscript#end()}).
     *
     * @throws IOException when the server cannot be reached, or the caller script's audio cannot be read
     */
    public CallTranscript call(CallSetup setup, CallerScript caller) throws IOException {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(caller, "caller");
        String uniqueId = setup.uniqueId() != null ? setup.uniqueId()
                : System.currentTimeMillis() / 1000 + "." + UNIQUE_SEQUENCE.getAndIncrement();
        String channelName = setup.channel() != null ? setup.channel() : defaultChannelName(setup);
        int slash = channelName.indexOf('/');
        String type = setup.type() != null ? setup.type() : slash > 0 ? channelName.substring(0, slash) : "PJSIP";

        TranscriptRecorder transcript = new TranscriptRecorder(setup, uniqueId);
        Channel channel = new Channel(setup, channelName, uniqueId, type);
        CallContext ctx = new CallContext(channel,
                new CallerTimeline(caller, options.idleInputLimit(), transcript),
                new SimClock(options.timeScale()),
                new SoundLibrary(options.soundDirectories(), options.recordingRoot()),
                transcript, database, options);

        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(setup.host(), setup.port()),
                    (int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()));
            try (AgiConnection connection = new AgiConnection(socket)) {
                return new AgiSession(setup, ctx, connection, options).run();
            }
        } finally {
            socket.close();
        }
    }

    private static String defaultChannelName(CallSetup setup) {
        String endpoint = setup.callerId() == null || setup.callerId().isEmpty() ? "anonymous" : setup.callerId();
        return "PJSIP/" + endpoint + "-" + String.format("%08x", CHANNEL_SEQUENCE.getAndIncrement());
    }
}
