package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.ASTERISK;
import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One FastAGI conversation, Asterisk's side of res_agi's {@code run_agi}: send the environment, then read commands
 * and answer them until the server closes the socket. After a hang-up, a bare {@code HANGUP} line is sent about
 * 40 ms later (and always before the reply to the next command), and dead-channel rules apply.
 */
final class AgiSession {

    /** Delay between a hang-up and Asterisk's spontaneous HANGUP line, as measured in the traces. */
    static final long HANGUP_LINE_DELAY = 40_000;

    private final CallSetup setup;
    private final CallContext ctx;
    private final AgiConnection connection;
    private final SimulatorOptions options;
    private long hangupLineWallNanos;

    AgiSession(CallSetup setup, CallContext ctx, AgiConnection connection, SimulatorOptions options) {
        this.setup = setup;
        this.ctx = ctx;
        this.connection = connection;
        this.options = options;
    }

    CallTranscript run() throws IOException {
        for (String line : environment()) {
            send(line);
        }
        int commands = 0;
        while (true) {
            if (ctx.channel.hungUp() && !ctx.channel.hangupLineSent()) {
                sendHangupLine();
            }
            AgiConnection.Read read;
            try {
                read = readCommand();
            } catch (IOException e) {
                note("connection lost: " + e.getMessage());
                return closed();
            }
            if (read.status() == AgiConnection.Status.EOF) {
                return closed();
            }
            if (read.status() == AgiConnection.Status.TIMEOUT) {
                return timedOut();
            }
            ctx.transcript.received(ctx.clock.now(), read.line());
            if (++commands > options.maxCommands()) {
                note("more than " + options.maxCommands() + " commands: the simulator closes the connection");
                return finish(CallTranscript.End.COMMAND_LIMIT, null, null);
            }
            List<String> reply = answer(read.line());
            try {
                for (String line : reply) {
                    send(line);
                }
            } catch (IOException e) {
                note("connection lost: " + e.getMessage());
                return closed();
            }
        }
    }

    /** The environment block, exactly as launch_netscript and setup_env write it. */
    List<String> environment() {
        List<String> env = new ArrayList<>();
        env.add("agi_network: yes");
        if (!setup.script().isEmpty()) {
            env.add("agi_network_script: " + setup.script());
        }
        env.add("agi_request: " + setup.requestUrl());
        env.add("agi_channel: " + ctx.channel.name);
        env.add("agi_language: " + setup.language());
        env.add("agi_type: " + ctx.channel.type);
        env.add("agi_uniqueid: " + ctx.channel.uniqueId);
        env.add("agi_version: " + setup.version());
        env.add("agi_callerid: " + orUnknown(setup.callerId()));
        env.add("agi_calleridname: " + orUnknown(setup.callerIdName()));
        env.add("agi_callingpres: " + setup.callingPres());
        env.add("agi_callingani2: " + setup.callingAni2());
        env.add("agi_callington: " + setup.callingTon());
        env.add("agi_callingtns: " + setup.callingTns());
        env.add("agi_dnid: " + orUnknown(setup.dnid()));
        env.add("agi_rdnis: " + orUnknown(setup.rdnis()));
        env.add("agi_context: " + setup.context());
        env.add("agi_extension: " + setup.extension());
        env.add("agi_priority: " + setup.priority());
        env.add("agi_enhanced: 0.0");
        env.add("agi_accountcode: " + setup.accountCode());
        env.add("agi_threadid: " + threadId());
        for (int i = 0; i < setup.args().size(); i++) {
            env.add("agi_arg_" + (i + 1) + ": " + setup.args().get(i));
        }
        env.add("");
        return env;
    }

    private List<String> answer(String line) throws IOException {
        List<String> argv = AgiArgs.parse(line);
        Optional<AgiCommand> command = AgiCommand.find(argv);
        if (command.isEmpty()) {
            ctx.event(ASTERISK, "rejects \"" + line + "\": 510 invalid or unknown command");
            return List.of(Reply.UNKNOWN);
        }
        if (ctx.channel.hungUp() && !command.get().allowedOnDeadChannel()) {
            ctx.event(ASTERISK, "rejects " + command.get().displayName() + ": 511 the channel is hung up");
            return List.of(Reply.DEAD);
        }
        ctx.caller.startCommand(command.get() == AgiCommand.EXEC && argv.size() > 1
                ? "EXEC " + argv.get(1) : command.get().displayName());
        Reply reply = command.get().handler().handle(argv, ctx);
        if (reply.showUsage()) {
            ctx.event(ASTERISK, "rejects \"" + line + "\": 520 invalid syntax");
            return Reply.usageBlock(command.get().usage());
        }
        return reply.lines();
    }

    private AgiConnection.Read readCommand() throws IOException {
        long timeoutMillis;
        if (ctx.channel.hungUp()) {
            long waited = (System.nanoTime() - hangupLineWallNanos) / 1_000_000;
            timeoutMillis = Math.max(0, options.hangupCloseTimeout().toMillis() - waited);
        } else {
            timeoutMillis = options.readTimeout().toMillis();
        }
        long before = System.nanoTime();
        AgiConnection.Read read = connection.readLine(timeoutMillis);
        ctx.clock.addWallTime(System.nanoTime() - before);
        return read;
    }

    private void sendHangupLine() throws IOException {
        long due = ctx.channel.hangupAtMicros() + HANGUP_LINE_DELAY;
        if (ctx.clock.scale() > 0 && due > ctx.clock.now()) {
            long before = System.nanoTime();
            boolean commandArrived = connection.awaitData(ctx.clock.realMillis(due - ctx.clock.now()));
            ctx.clock.addWallTime(System.nanoTime() - before);
            if (!commandArrived) {
                ctx.clock.catchUpTo(due);
            }
        } else {
            ctx.clock.catchUpTo(due);
        }
        ctx.channel.markHangupLineSent();
        hangupLineWallNanos = System.nanoTime();
        try {
            send("HANGUP");
        } catch (IOException e) {
            note("could not send HANGUP: " + e.getMessage());
        }
    }

    private CallTranscript closed() {
        long now = ctx.clock.now();
        Duration delay = ctx.channel.hangupLineSent()
                ? Duration.ofNanos(System.nanoTime() - hangupLineWallNanos) : null;
        ctx.event(IVR, "closes the connection" + (ctx.channel.hungUp() ? "" : " while the call is still up"));
        note("server closed the connection" + (delay == null ? ""
                : " " + delay.toMillis() + " ms (wall clock) after the HANGUP line"));
        try {
            // run_agi's farewell: with AGISIGHUP unset, a FastAGI peer is sent HANGUP when the script ends
            connection.send("HANGUP");
            note("HANGUP written to the closed connection (Asterisk's end-of-AGI notice)");
        } catch (IOException e) {
            // the server is gone; Asterisk ignores this too
        }
        return finish(CallTranscript.End.SERVER_CLOSED, now, delay);
    }

    private CallTranscript timedOut() {
        if (ctx.channel.hungUp()) {
            String text = "the server did not close the connection within "
                    + Micros.human(options.hangupCloseTimeout().toNanos() / 1_000) + " after the hang-up";
            ctx.event(ASTERISK, "gives up: " + text);
            note(text + "; closing it");
            return finish(CallTranscript.End.NOT_CLOSED_AFTER_HANGUP, null, null);
        }
        String text = "the server sent no command for " + Micros.human(options.readTimeout().toNanos() / 1_000);
        ctx.event(ASTERISK, "gives up: " + text);
        note(text + "; closing the connection");
        return finish(CallTranscript.End.SERVER_SILENT, null, null);
    }

    private CallTranscript finish(CallTranscript.End end, Long closedMicros, Duration delay) {
        return ctx.transcript.finish(ctx.channel, end, closedMicros, delay, ctx.clock.now());
    }

    private void send(String line) throws IOException {
        ctx.transcript.sent(ctx.clock.now(), line);
        connection.send(line);
    }

    private void note(String text) {
        ctx.transcript.note(ctx.clock.now(), text);
    }

    private String threadId() {
        return setup.threadId() != null ? setup.threadId()
                : Long.toString(139_730_860_000_000L + (Math.abs(ctx.channel.uniqueId.hashCode()) % 1_000_000L));
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? "unknown" : value;
    }
}
