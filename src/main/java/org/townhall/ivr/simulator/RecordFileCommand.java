package org.townhall.ivr.simulator;

import static org.townhall.ivr.simulator.TranscriptRecorder.IVR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * RECORD FILE, as res_agi's {@code handle_recordfile}: optional beep, then the caller's audio is written until an
 * escape digit (the last 200 ms are chopped off), silence detection (trailing silence trimmed to about 1 s), the
 * timeout or a hang-up.
 */
final class RecordFileCommand {

    /** Asterisk's data directory, where relative recording names go ({@code <datadir>/sounds/<name>}). */
    static final String SOUNDS_DIR = "/var/lib/asterisk/sounds/";
    private static final long DTMF_REWIND_SAMPLES = 200 * 8;

    private RecordFileCommand() {
    }

    static Reply recordFile(List<String> argv, CallContext ctx) throws IOException {
        int argc = argv.size();
        if (argc < 6) {
            return Reply.usage();
        }
        OptionalLong timeoutMs = CNum.scanInt(argv.get(5));
        if (timeoutMs.isEmpty()) {
            return Reply.usage();
        }
        String escape = argv.get(4);
        long silenceMs = silenceMillis(argv);
        long offset = 0;
        boolean beep = false;
        if (argc > 6) {
            OptionalLong parsed = CNum.scanLong(argv.get(6));
            if (parsed.isPresent()) {
                offset = parsed.getAsLong();
            } else if (!argv.get(6).startsWith("s=")) {
                beep = true;
            }
        }
        if (argc > 7 && !argv.get(7).startsWith("s=")) {
            beep = true;
        }
        String name = argv.get(2);
        String extension = argv.get(3);
        Path target = target(ctx.recordingRoot, name + "." + extension);
        ctx.event(IVR, "records " + name + "." + extension + describe(timeoutMs.getAsLong(), silenceMs, escape)
                + (beep ? " after a beep" : ""));

        if (beep) {
            Optional<Reply> interrupted = beep(ctx, escape, offset);
            if (interrupted.isPresent()) {
                return interrupted.get();
            }
        }
        Optional<AudioFiles.Format> format = AudioFiles.Format.ofExtension(extension).filter(AudioFiles.Format::writable);
        short[] base;
        try {
            if (format.isEmpty()) {
                throw new IOException("unsupported format " + extension);
            }
            base = existingAudio(target, format.get(), offset);
            Files.createDirectories(target.toAbsolutePath().getParent());
            AudioFiles.write(target, format.get(), base);
        } catch (IOException e) {
            ctx.event(IVR, "cannot write " + target + ": " + e.getMessage());
            return Reply.line("200 result=-1 (writefile)");
        }
        if (timeoutMs.getAsLong() == 0) {
            return Reply.line("200 result=0 (timeout) endpos=" + offset);
        }

        long start = ctx.clock.now();
        long timeout = timeoutMs.getAsLong() < 0 ? -1 : Micros.ofMillis(timeoutMs.getAsLong());
        CallerTimeline.Recording heard = ctx.caller.record(start,
                new CallerTimeline.RecordPlan(escape, timeout, Micros.ofMillis(silenceMs)));
        ctx.clock.advance(heard.at());

        long capturedSamples = Micros.toSamples(heard.at());
        long kept = switch (heard.end()) {
            case DTMF -> Math.max(0, base.length + capturedSamples - DTMF_REWIND_SAMPLES);
            case SILENCE -> heard.speech() != null ? base.length + Math.min(heard.speech().length, capturedSamples)
                    : Math.max(0, base.length + capturedSamples - (silenceMs - 1000) * 8);
            default -> base.length + (heard.speech() != null
                    ? Math.min(heard.speech().length, capturedSamples) : capturedSamples);
        };
        short[] audio = compose(base, heard.speech(), kept);
        AudioFiles.write(target, format.get(), audio);
        String endedBy = heard.end().name().toLowerCase(java.util.Locale.ROOT);
        ctx.transcript.recording(new CallTranscript.Recording(Micros.toMillis(ctx.clock.now()), target,
                extension, audio.length, endedBy));

        return switch (heard.end()) {
            case DTMF -> {
                ctx.event(IVR, "stops recording on " + heard.key() + " (" + Micros.human(Micros.ofSamples(kept))
                        + " kept)");
                yield Reply.line("200 result=" + (int) heard.key() + " (dtmf) endpos=" + kept);
            }
            case SILENCE -> {
                ctx.event(IVR, "stops recording after silence (" + Micros.human(Micros.ofSamples(kept)) + " kept)");
                long result = timeout < 0 ? 0 : timeoutMs.getAsLong() - Micros.toMillis(heard.at());
                yield Reply.line("200 result=" + result + " (timeout) endpos=" + kept);
            }
            case TIMEOUT -> {
                ctx.event(IVR, "stops recording at its time limit (" + Micros.human(Micros.ofSamples(kept))
                        + " kept)");
                yield Reply.line("200 result=1 (timeout) endpos=" + kept);
            }
            default -> {
                ctx.callerHangsUp(start + heard.at());
                yield Reply.line("200 result=-1 (hangup) endpos=" + kept);
            }
        };
    }

    /** Where Asterisk writes {@code file}: absolute as is (or under the recording root), relative in sounds/. */
    static Path target(Path recordingRoot, String file) {
        String absolute = file.startsWith("/") ? file : SOUNDS_DIR + file;
        return recordingRoot != null ? SoundLibrary.reroot(recordingRoot, absolute) : Path.of(absolute);
    }

    /** {@code s=N} in argv[6..8], found the way res_agi does it (the first 's' of the argument). */
    private static long silenceMillis(List<String> argv) {
        String silence = null;
        for (int i = 6; i <= 8 && i < argv.size() && silence == null; i++) {
            int s = argv.get(i).indexOf('s');
            silence = s >= 0 ? argv.get(i).substring(s) : null;
        }
        if (silence != null && silence.length() > 2 && silence.startsWith("s=")) {
            int seconds = CNum.atoi(silence.substring(2));
            return seconds > 0 ? seconds * 1000L : 0;
        }
        return 0;
    }

    private static Optional<Reply> beep(CallContext ctx, String escape, long offset) throws IOException {
        Optional<SoundLibrary.Sound> sound = ctx.sounds.find("beep", ctx.channel.language);
        if (sound.isEmpty()) {
            return Optional.of(Reply.line("200 result=-1 (randomerror) endpos=" + offset));
        }
        long start = ctx.clock.now();
        CallerTimeline.Wait wait = ctx.caller.beep(start, sound.get().micros(), escape);
        ctx.clock.advance(wait.at());
        return switch (wait.kind()) {
            case KEY -> Optional.of(Reply.line("200 result=" + (int) wait.key() + " (randomerror) endpos=" + offset));
            case HANGUP -> {
                ctx.callerHangsUp(start + wait.at());
                yield Optional.of(Reply.line("200 result=-1 (randomerror) endpos=" + offset));
            }
            default -> Optional.empty();
        };
    }

    /** The part of an existing file kept when recording at {@code offset} samples (O_APPEND, seek, truncate). */
    private static short[] existingAudio(Path target, AudioFiles.Format format, long offset) throws IOException {
        if (offset <= 0 || !Files.isRegularFile(target)) {
            return new short[0];
        }
        short[] existing = AudioFiles.read8k(target, format);
        return Arrays.copyOf(existing, (int) Math.min(existing.length, offset));
    }

    private static short[] compose(short[] base, short[] speech, long total) {
        short[] out = Arrays.copyOf(base, (int) Math.max(0, total));
        if (speech != null && total > base.length) {
            int n = (int) Math.min(speech.length, total - base.length);
            System.arraycopy(speech, 0, out, base.length, n);
        }
        return out;
    }

    private static String describe(long timeoutMs, long silenceMs, String escape) {
        StringBuilder s = new StringBuilder(" (");
        s.append(timeoutMs < 0 ? "no time limit" : "max " + Micros.human(Micros.ofMillis(timeoutMs)));
        if (silenceMs > 0) {
            s.append(", stops after ").append(silenceMs / 1000).append(" s of silence");
        }
        if (!escape.isEmpty()) {
            s.append(", keys ").append(escape);
        }
        return s.append(')').toString();
    }
}
