package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** STREAM FILE, CONTROL STREAM FILE, GET OPTION and the SAY family: prompts that escape digits may interrupt. */
final class PlaybackCommands {

    /** Length assumed for a SAY sound file that is not installed (0.6 s). */
    static final long SAY_FALLBACK_SAMPLES = 4_800;

    private PlaybackCommands() {
    }

    /** How a prompt ended: 0, the ASCII code of the key, or -1 (hang-up); {@code endpos} in samples. */
    record Played(int result, long endpos) {
    }

    static Reply streamFile(List<String> argv, CallContext ctx) throws IOException {
        int argc = argv.size();
        if (argc < 4 || argc > 5) {
            return Reply.usage();
        }
        long offset = 0;
        if (argc > 4) {
            OptionalLong parsed = CNum.scanLong(argv.get(4));
            if (parsed.isEmpty()) {
                return Reply.usage();
            }
            offset = parsed.getAsLong();
        }
        Optional<SoundLibrary.Sound> sound = ctx.sounds.find(argv.get(2), ctx.channel.language);
        if (sound.isEmpty()) {
            ctx.event(IVR, "cannot play " + argv.get(2) + ": no such sound file");
            return Reply.line("200 result=-1 endpos=" + offset);
        }
        Played played = play(ctx, sound.get(), offset, argv.get(3), "plays ");
        ctx.channel.variables().put("PLAYBACKSTATUS", played.result() == 0 ? "SUCCESS" : "FAILED");
        return Reply.line("200 result=" + played.result() + " endpos=" + played.endpos());
    }

    static Reply getOption(List<String> argv, CallContext ctx) throws IOException {
        int argc = argv.size();
        if (argc < 4 || argc > 5) {
            return Reply.usage();
        }
        String escape = argv.get(3);
        int timeout = argc == 5 ? CNum.atoi(argv.get(4)) : 5_000;
        Optional<SoundLibrary.Sound> sound = ctx.sounds.find(argv.get(2), ctx.channel.language);
        if (sound.isEmpty()) {
            ctx.event(IVR, "cannot play " + argv.get(2) + ": no such sound file");
            return Reply.line("200 result=-1 endpos=0");
        }
        Played played = play(ctx, sound.get(), 0, escape, "plays ");
        int result = played.result();
        if (result == 0) {
            long start = ctx.clock.now();
            CallerTimeline.Wait wait = ctx.caller.waitForDigit(start, timeout < 0 ? -1 : Micros.ofMillis(timeout));
            ctx.clock.advance(wait.at());
            switch (wait.kind()) {
                case KEY -> result = escape.indexOf(wait.key()) >= 0 ? wait.key() : 0;
                case HANGUP -> {
                    ctx.callerHangsUp(start + wait.at());
                    result = -1;
                }
                default -> result = 0;
            }
        }
        return Reply.line("200 result=" + result + " endpos=" + played.endpos());
    }

    static Reply controlStreamFile(List<String> argv, CallContext ctx) throws IOException {
        int argc = argv.size();
        if (argc < 5 || argc > 10) {
            return Reply.usage();
        }
        String stop = argv.get(4);
        if (argc > 5 && CNum.scanInt(argv.get(5)).isEmpty()) {
            return Reply.usage();
        }
        long offsetMs = 0;
        if (argc > 9) {
            OptionalLong parsed = CNum.scanLong(argv.get(9));
            if (parsed.isEmpty()) {
                return Reply.usage();
            }
            offsetMs = parsed.getAsLong();
        }
        Optional<SoundLibrary.Sound> sound = ctx.sounds.find(argv.get(3), ctx.channel.language);
        if (sound.isEmpty()) {
            ctx.event(IVR, "cannot play " + argv.get(3) + ": no such sound file");
            ctx.channel.variables().put("CPLAYBACKSTATUS", "ERROR");
            ctx.channel.variables().put("CPLAYBACKOFFSET", Long.toString(offsetMs));
            return Reply.line("200 result=-1 endpos=" + offsetMs);
        }
        Played played = play(ctx, sound.get(), Math.max(0, offsetMs) * 8, stop, "plays ");
        long endMs;
        if (played.result() > 0) {
            ctx.channel.variables().put("CPLAYBACKSTATUS", "USERSTOPPED");
            ctx.channel.variables().put("CPLAYBACKSTOPKEY", Character.toString((char) played.result()));
            endMs = played.endpos() / 8;
        } else if (played.result() < 0) {
            ctx.channel.variables().put("CPLAYBACKSTATUS", "ERROR");
            endMs = played.endpos() / 8;
        } else {
            ctx.channel.variables().put("CPLAYBACKSTATUS", "SUCCESS");
            endMs = -1;
        }
        ctx.channel.variables().put("CPLAYBACKOFFSET", Long.toString(endMs));
        return Reply.line("200 result=" + played.result() + " endpos=" + endMs);
    }

    static Reply sayNumber(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() < 4 || argv.size() > 5) {
            return Reply.usage();
        }
        OptionalLong number = CNum.scanInt(argv.get(2));
        if (number.isEmpty()) {
            return Reply.usage();
        }
        return say(ctx, SayFiles.number(number.getAsLong()), argv.get(3), "says the number " + number.getAsLong());
    }

    static Reply sayDigits(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() != 4) {
            return Reply.usage();
        }
        if (CNum.scanInt(argv.get(2)).isEmpty()) {
            return Reply.usage();
        }
        return say(ctx, SayFiles.digits(argv.get(2)), argv.get(3), "says the digits " + argv.get(2));
    }

    static Reply sayAlpha(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() < 4 || argv.size() > 5) {
            return Reply.usage();
        }
        if (argv.size() > 4 && !argv.get(4).isEmpty() && "aAlLnNuU".indexOf(argv.get(4).charAt(0)) < 0) {
            return Reply.usage();
        }
        return say(ctx, SayFiles.alpha(argv.get(2)), argv.get(3), "spells " + argv.get(2));
    }

    static Reply sayPhonetic(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() != 4) {
            return Reply.usage();
        }
        return say(ctx, SayFiles.phonetic(argv.get(2)), argv.get(3), "spells phonetically " + argv.get(2));
    }

    static Reply sayDate(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() != 4 || CNum.scanInt(argv.get(2)).isEmpty()) {
            return Reply.usage();
        }
        return say(ctx, SayFiles.date(), argv.get(3), "says the date " + argv.get(2));
    }

    static Reply sayTime(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() != 4 || CNum.scanInt(argv.get(2)).isEmpty()) {
            return Reply.usage();
        }
        return say(ctx, SayFiles.time(), argv.get(3), "says the time " + argv.get(2));
    }

    static Reply sayDatetime(List<String> argv, CallContext ctx) throws IOException {
        if (argv.size() < 4 || argv.get(2).isEmpty() || CNum.scanLong(argv.get(2)).isEmpty()) {
            return Reply.usage();
        }
        return say(ctx, SayFiles.dateTime(), argv.get(3), "says the date and time " + argv.get(2));
    }

    /** Plays a sound from {@code offset} samples, letting the caller interrupt with {@code escape} digits. */
    static Played play(CallContext ctx, SoundLibrary.Sound sound, long offset, String escape, String verb)
            throws IOException {
        long total = sound.samples();
        long from = Math.max(0, Math.min(offset, total));
        long start = ctx.clock.now();
        ctx.channel.musicOnHold = false;
        ctx.event(IVR, verb + sound.name() + keys(escape));
        CallerTimeline.Wait wait = ctx.caller.prompt(start, Micros.ofSamples(total - from), escape);
        ctx.clock.advance(wait.at());
        return switch (wait.kind()) {
            case KEY -> new Played(wait.key(), from + Micros.toSamples(wait.at()));
            case HANGUP -> {
                ctx.callerHangsUp(start + wait.at());
                yield new Played(-1, from + Micros.toSamples(wait.at()));
            }
            default -> new Played(0, total);
        };
    }

    private static Reply say(CallContext ctx, List<String> files, String escape, String what) throws IOException {
        long samples = 0;
        for (String file : files) {
            samples += ctx.sounds.samplesOrDefault(file, ctx.channel.language, SAY_FALLBACK_SAMPLES);
        }
        Played played = play(ctx, new SoundLibrary.Sound(what, null, samples), 0, escape, "");
        return Reply.result(played.result());
    }

    static String keys(String escape) {
        return escape.isEmpty() ? "" : " (keys " + escape + ")";
    }
}
