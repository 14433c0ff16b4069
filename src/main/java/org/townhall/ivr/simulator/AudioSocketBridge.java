package org.townhall.ivr.simulator;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * app_audiosocket's loop: the caller's audio goes to the IVR frame by frame, what the IVR sends comes back, until
 * one side ends the stream. Returns how and when it ended, on the stream's timeline (8 kHz samples).
 *
 * <p>Pacing: at a time scale above 0, a frame every 20 ms times the scale. At scale 0 as fast as the socket takes
 * them, except while the IVR keeps pace (answers each caller frame with a frame of its own, as {@code PromptPlayer}
 * does): then each frame waits for the answer to the one before, so the conversation is the same in every run.
 * An IVR that has not answered within {@link #LOCKSTEP_GRACE_NANOS} is not waited for again in this stream.
 */
final class AudioSocketBridge {

    static final long LOCKSTEP_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** app_audiosocket's MAX_WAIT_TIMEOUT_MSEC: no frame either way for 2 s ends the stream with -1. */
    static final long INACTIVITY = Micros.toSamples(2_000_000);
    private static final long WRITE_FAILURE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final OutputStream out;
    private final CallerAudioSource caller;
    private final IvrAudioLink ivr;
    private final double scale;
    private final long maxSamples;
    private final long scaleZeroPatienceNanos;
    private long stoppedAt = -1;

    /**
     * @param maxSamples             caller audio sent at most; then the caller sends nothing more
     * @param scaleZeroPatienceNanos at scale 0, how long (wall clock) the simulator waits for an IVR that has
     *                               stopped sending, since 2 s of simulated time have no wall-clock length
     */
    AudioSocketBridge(OutputStream out, CallerAudioSource caller, IvrAudioLink ivr, double scale, long maxSamples,
                      long scaleZeroPatienceNanos) {
        this.out = out;
        this.caller = caller;
        this.ivr = ivr;
        this.scale = scale;
        this.maxSamples = maxSamples;
        this.scaleZeroPatienceNanos = scaleZeroPatienceNanos;
    }

    IvrAudioLink.End run() throws IOException {
        try {
            return loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("simulated call interrupted");
        }
    }

    /** Where the caller stopped sending because of the audio limit, or -1. */
    long stoppedAt() {
        return stoppedAt;
    }

    private IvrAudioLink.End loop() throws InterruptedException {
        long position = 0;
        boolean lockstep = scale == 0;
        long wallStart = System.nanoTime();
        while (true) {
            IvrAudioLink.End end = ivr.end();
            long hangupAt = caller.hangupAt();
            if (end != null && end.at() < hangupAt) {
                return end;
            }
            if (position >= hangupAt) {
                return ivr.callerHangsUp(hangupAt);
            }
            if (position >= maxSamples) {
                break;
            }
            short[] frame = caller.frame(position);
            String keys = caller.keysDue(position);
            position += CallerAudioSource.FRAME;
            ivr.writerAt(position); // before the write: the IVR's answer may come back at once
            try {
                for (char key : keys.toCharArray()) {
                    out.write(AudioSocketWire.dtmfFrame(key));
                }
                out.write(AudioSocketWire.audioFrame(frame));
                out.flush();
            } catch (IOException e) {
                return ivr.afterWriteFailure(e, WRITE_FAILURE_WAIT_NANOS);
            }
            if (scale > 0) {
                sleepUntil(wallStart + (long) (Micros.ofSamples(position) * 1_000L * scale));
            } else if (lockstep && ivr.keepingPace(position)) {
                lockstep = ivr.awaitIvr(position, LOCKSTEP_GRACE_NANOS);
            }
        }
        stoppedAt = position;
        ivr.writerStopped();
        long patience = scale > 0 ? (long) (Micros.ofSamples(INACTIVITY) * 1_000L * scale) : scaleZeroPatienceNanos;
        return ivr.awaitEndOrInactivity(patience, INACTIVITY);
    }

    private static void sleepUntil(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
