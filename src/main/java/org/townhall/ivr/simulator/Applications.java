package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The dialplan applications EXEC can run in the simulator, with their return values. */
final class Applications {

    /** A dialplan application: returns what {@code pbx_exec} returns. */
    @FunctionalInterface
    interface Application {
        int run(String data, CallContext ctx) throws IOException;
    }

    /** How long a caller listens to a busy or congestion tone before hanging up. */
    static final long TONE_PATIENCE = 2_000_000;

    private static final Map<String, Application> APPLICATIONS = Map.ofEntries(
            Map.entry("answer", Applications::answer),
            Map.entry("audiosocket", (data, ctx) -> AudioSocketApplication.run(data, ctx, ctx.options)),
            Map.entry("busy", (data, ctx) -> tone(data, ctx, "busy")),
            Map.entry("congestion", (data, ctx) -> tone(data, ctx, "congestion")),
            Map.entry("dial", DialApplication::dial),
            Map.entry("gosub", Applications::gosub),
            Map.entry("goto", Applications::gotoLocation),
            Map.entry("hangup", Applications::hangup),
            Map.entry("log", (data, ctx) -> log(data, ctx)),
            Map.entry("musiconhold", Applications::musicOnHold),
            Map.entry("noop", (data, ctx) -> 0),
            Map.entry("playback", Applications::playback),
            Map.entry("progress", (data, ctx) -> ctx.channel.hungUp() ? -1 : 0),
            Map.entry("ringing", (data, ctx) -> ctx.channel.hungUp() ? -1 : 0),
            Map.entry("set", Applications::set),
            Map.entry("startmusiconhold", Applications::startMusicOnHold),
            Map.entry("stopmusiconhold", Applications::stopMusicOnHold),
            Map.entry("verbose", Applications::verbose),
            Map.entry("wait", Applications::waitSeconds));

    private Applications() {
    }

    /** Application names are case-insensitive, as {@code pbx_findapp} compares them. */
    static Optional<Application> find(String name) {
        return Optional.ofNullable(APPLICATIONS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static int answer(String data, CallContext ctx) {
        if (ctx.channel.hungUp()) {
            return -1;
        }
        if (!ctx.channel.up()) {
            ctx.channel.answer();
            ctx.event(IVR, "answers");
        }
        return 0;
    }

    private static int verbose(String data, CallContext ctx) {
        int comma = data.indexOf(',');
        String message = comma >= 0 && CNum.scanInt(data.substring(0, comma)).isPresent()
                ? data.substring(comma + 1) : data;
        ctx.event(IVR, "logs \"" + message + "\"");
        return 0;
    }

    private static int log(String data, CallContext ctx) {
        int comma = data.indexOf(',');
        ctx.event(IVR, "logs \"" + (comma >= 0 ? data.substring(comma + 1) : data) + "\"");
        return 0;
    }

    private static int set(String data, CallContext ctx) {
        int eq = data.indexOf('=');
        if (eq > 0) {
            String name = data.substring(0, eq).strip();
            ctx.variables.write(name, data.substring(eq + 1));
            ctx.event(IVR, "sets " + ChannelVariables.strip(name) + " = " + data.substring(eq + 1));
        }
        return 0;
    }

    /** The simulator has no dialplan: every Gosub target is a non-existent location. */
    private static int gosub(String data, CallContext ctx) {
        ctx.event(IVR, "calls subroutine " + data + ": no such dialplan location");
        return -1;
    }

    private static int gotoLocation(String data, CallContext ctx) {
        List<String> parts = List.of(data.split(",", -1));
        if (parts.size() >= 3) {
            ctx.channel.context = parts.get(parts.size() - 3);
        }
        if (parts.size() >= 2) {
            ctx.channel.extension = parts.get(parts.size() - 2);
        }
        ctx.channel.priority = Math.max(1, CNum.atoi(parts.get(parts.size() - 1)));
        return 0;
    }

    private static int hangup(String data, CallContext ctx) {
        if (!ctx.channel.hungUp()) {
            ctx.event(IVR, "hangs up");
            ctx.channel.hangup(ctx.clock.now(), Channel.HangupSource.IVR);
        }
        return -1;
    }

    private static int waitSeconds(String data, CallContext ctx) throws IOException {
        if (ctx.channel.hungUp()) {
            return -1;
        }
        OptionalDouble seconds = CNum.scanDouble(data);
        if (seconds.isEmpty() || seconds.getAsDouble() <= 0) {
            return 0;
        }
        long micros = (long) (seconds.getAsDouble() * 1_000_000);
        ctx.event(IVR, "waits " + Micros.human(micros));
        return passive(ctx, micros, CallerTimeline.PATIENCE);
    }

    private static int musicOnHold(String data, CallContext ctx) throws IOException {
        if (ctx.channel.hungUp()) {
            return -1;
        }
        String[] parts = data.split(",", -1);
        int seconds = parts.length > 1 ? CNum.atoi(parts[1]) : 0;
        ctx.event(IVR, "plays music on hold" + (seconds > 0 ? " for " + seconds + " s" : ""));
        return passive(ctx, seconds > 0 ? seconds * 1_000_000L : -1, CallerTimeline.PATIENCE);
    }

    private static int startMusicOnHold(String data, CallContext ctx) {
        if (ctx.channel.hungUp()) {
            return -1;
        }
        ctx.channel.musicOnHold = true;
        ctx.event(IVR, "starts music on hold");
        return 0;
    }

    private static int stopMusicOnHold(String data, CallContext ctx) {
        ctx.channel.musicOnHold = false;
        return 0;
    }

    /** Busy()/Congestion(): indicate, then wait for the timeout or for the caller to hang up; always -1. */
    private static int tone(String data, CallContext ctx, String which) throws IOException {
        if (ctx.channel.hungUp()) {
            return -1;
        }
        if (!ctx.channel.up()) {
            ctx.channel.state = Channel.STATE_BUSY;
        }
        int seconds = CNum.atoi(data);
        ctx.event(IVR, "plays the " + which + " tone");
        passive(ctx, seconds > 0 ? seconds * 1_000_000L : -1, TONE_PATIENCE);
        return -1;
    }

    /**
     * Playback(file[&file…][,options]): answers unless {@code noanswer}; missing files are skipped with
     * PLAYBACKSTATUS=FAILED; returns 0 even when the caller hangs up during it (as app_playback does).
     */
    private static int playback(String data, CallContext ctx) throws IOException {
        String[] parts = data.split(",", 2);
        String options = parts.length > 1 ? parts[1] : "";
        if (!ctx.channel.up() && !options.contains("noanswer") && !options.contains("skip")) {
            if (ctx.channel.hungUp()) {
                return -1;
            }
            ctx.channel.answer();
        }
        boolean failed = false;
        for (String file : parts[0].split("&")) {
            if (ctx.channel.hungUp()) {
                failed = true;
                continue;
            }
            Optional<SoundLibrary.Sound> sound = ctx.sounds.find(file, ctx.channel.language);
            if (sound.isEmpty()) {
                ctx.event(IVR, "cannot play " + file + ": no such sound file");
                failed = true;
                continue;
            }
            ctx.event(IVR, "plays " + file);
            if (passive(ctx, sound.get().micros(), CallerTimeline.PATIENCE) < 0) {
                failed = true;
            }
        }
        ctx.channel.variables().put("PLAYBACKSTATUS", failed ? "FAILED" : "SUCCESS");
        return 0;
    }

    /** Time passes; returns 0, or -1 when the caller hangs up meanwhile. */
    static int passive(CallContext ctx, long micros, long callerGivesUpAfter) throws IOException {
        long start = ctx.clock.now();
        CallerTimeline.Wait wait = ctx.caller.passive(start, micros, callerGivesUpAfter);
        ctx.clock.advance(wait.at());
        if (wait.kind() == CallerTimeline.Kind.HANGUP) {
            ctx.callerHangsUp(start + wait.at());
            return -1;
        }
        return 0;
    }
}
