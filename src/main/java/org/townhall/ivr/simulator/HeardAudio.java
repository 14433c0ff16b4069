package org.townhall.ivr.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the caller heard of the IVR's audio in one stream: the IVR's frames played one after the other, each no
 * earlier than it arrived, cut into pieces at pauses of 300 ms or more; silence frames (as a player sends between
 * prompts) are not audio.
 */
final class HeardAudio {

    /** Samples this quiet or quieter are silence (-72 dBFS). */
    static final int SILENCE_LEVEL = 8;
    static final long MAX_PAUSE = Micros.toSamples(300_000);
    /** A stop this soon after the caller started speaking or pressed a key is a barge-in. */
    static final long BARGE_IN_REACTION = Micros.toSamples(600_000);

    private HeardAudio() {
    }

    /**
     * @param startMicros  the stream's start on the call's timeline
     * @param end          where the stream ended (samples)
     * @param callerHungUp whether it ended by the caller's hang-up
     */
    static List<CallTranscript.StreamedAudio> pieces(List<IvrAudioLink.Chunk> chunks, long startMicros, long end,
                                                     boolean callerHungUp, CallerAudioSource caller) {
        List<long[]> spans = new ArrayList<>();
        List<short[]> audio = new ArrayList<>();
        long heard = 0;
        long pieceStart = -1;
        long pieceEnd = -1;
        short[] buffer = new short[0];
        int length = 0;
        for (IvrAudioLink.Chunk chunk : chunks) {
            long at = Math.max(chunk.at(), heard);
            heard = at + chunk.samples().length;
            if (isSilence(chunk.samples())) {
                continue;
            }
            if (pieceStart >= 0 && at - pieceEnd > MAX_PAUSE) {
                spans.add(new long[] {pieceStart, pieceEnd});
                audio.add(Arrays.copyOf(buffer, length));
                pieceStart = -1;
            }
            if (pieceStart < 0) {
                pieceStart = at;
                length = 0;
            }
            int offset = (int) (at - pieceStart);
            int needed = offset + chunk.samples().length;
            if (needed > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
            }
            Arrays.fill(buffer, length, offset, (short) 0);
            System.arraycopy(chunk.samples(), 0, buffer, offset, chunk.samples().length);
            length = needed;
            pieceEnd = heard;
        }
        if (pieceStart >= 0) {
            spans.add(new long[] {pieceStart, pieceEnd});
            audio.add(Arrays.copyOf(buffer, length));
        }
        List<CallTranscript.StreamedAudio> pieces = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            long from = spans.get(i)[0];
            long to = spans.get(i)[1];
            if (from >= end) {
                break;
            }
            CallTranscript.StreamedAudio.Ending ending = ending(from, to, end, callerHungUp, caller);
            long heardTo = Math.min(to, end);
            short[] samples = Arrays.copyOf(audio.get(i), (int) (heardTo - from));
            pieces.add(new CallTranscript.StreamedAudio(Micros.toMillis(startMicros + Micros.ofSamples(from)),
                    Micros.toMillis(startMicros + Micros.ofSamples(heardTo)), samples, ending));
        }
        return pieces;
    }

    private static CallTranscript.StreamedAudio.Ending ending(long from, long to, long end, boolean callerHungUp,
                                                              CallerAudioSource caller) {
        if (callerHungUp && to >= end) {
            return CallTranscript.StreamedAudio.Ending.CALLER_HUNG_UP;
        }
        if (to > end) {
            return CallTranscript.StreamedAudio.Ending.STREAM_ENDED;
        }
        for (long onset : caller.inputOnsets(end)) {
            if (onset >= from && onset < to) {
                return to - onset <= BARGE_IN_REACTION
                        ? CallTranscript.StreamedAudio.Ending.BARGE_IN
                        : CallTranscript.StreamedAudio.Ending.TALKED_OVER;
            }
        }
        return CallTranscript.StreamedAudio.Ending.PLAYED;
    }

    private static boolean isSilence(short[] samples) {
        for (short s : samples) {
            if (s > SILENCE_LEVEL || s < -SILENCE_LEVEL) {
                return false;
            }
        }
        return true;
    }

    /** The dialogue's words for how a piece ended. */
    static String describe(CallTranscript.StreamedAudio.Ending ending) {
        return switch (ending) {
            case PLAYED -> "";
            case BARGE_IN -> " (stopped early: barge-in)";
            case TALKED_OVER -> " (played on over the caller)";
            case CALLER_HUNG_UP -> " (cut off: the caller hung up)";
            case STREAM_ENDED -> " (cut off: the stream ended)";
        };
    }
}
