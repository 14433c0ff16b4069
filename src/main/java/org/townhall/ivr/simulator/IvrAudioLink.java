package org.townhall.ivr.simulator;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The IVR's side of an AudioSocket stream, read on a thread of its own the way {@code ast_audiosocket_receive_frame}
 * reads it: audio frames are played to the caller; a hang-up frame or the socket closing ends the stream with 0;
 * anything else (an error frame, a UUID or DTMF frame, an unknown kind, empty audio, a broken stream) with -1.
 *
 * <p>Everything the IVR sends is stamped with a position on the stream's timeline (8 kHz samples of caller audio
 * sent). An IVR that answers each caller frame with a frame of its own keeps pace: its own audio count is then the
 * exact moment it reacted at, and its answer to a caller frame is heard from the end of that frame. An IVR that
 * does not is stamped with the caller audio sent when its frame arrived.
 */
final class IvrAudioLink implements AutoCloseable {

    /** How a stream ended, {@code at} samples into it; {@code detail} for the transcript. */
    record End(CallTranscript.AudioStreamEnd kind, long at, String detail) {
        int result() {
            return kind == CallTranscript.AudioStreamEnd.IVR_HANGUP_FRAME
                    || kind == CallTranscript.AudioStreamEnd.IVR_CLOSED ? 0 : -1;
        }
    }

    /** Audio received from the IVR, stamped {@code at} samples into the stream. */
    record Chunk(long at, short[] samples) {
    }

    private static final int FRAME = CallerAudioSource.FRAME;

    private final Socket socket;
    private final DataInputStream in;
    private final Thread reader;
    private final List<Chunk> chunks = new ArrayList<>();
    private long written;
    private boolean writerStopped;
    private long received;
    private End end;
    private long lastActivityNanos = System.nanoTime();
    private long lastActivityAt;
    private volatile boolean closing;

    IvrAudioLink(Socket socket, String name) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.reader = new Thread(this::read, name);
        this.reader.setDaemon(true);
    }

    void start() {
        reader.start();
    }

    /** The caller has sent {@code samples} so far. */
    synchronized void writerAt(long samples) {
        written = samples;
    }

    /** The caller sends no more: from now on only the IVR's frames are activity. */
    synchronized void writerStopped() {
        writerStopped = true;
        lastActivityNanos = System.nanoTime();
        lastActivityAt = Math.max(lastActivityAt, written);
    }

    synchronized End end() {
        return end;
    }

    /** Whether the IVR has answered all the caller's audio but the last frame (see the class comment). */
    synchronized boolean keepingPace(long position) {
        return received >= position - FRAME;
    }

    /** Waits until the IVR has sent {@code samples} of audio or ended the stream; false after {@code timeoutNanos}. */
    synchronized boolean awaitIvr(long samples, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (received < samples && end == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** The caller hangs up at {@code at}, unless the IVR ended the stream before; returns the stream's end. */
    synchronized End callerHangsUp(long at) {
        if (end == null || end.at() >= at) {
            end = new End(CallTranscript.AudioStreamEnd.CALLER_HUNG_UP, at, "the caller hung up");
        }
        return end;
    }

    /** After a failed write: the reader's verdict if it comes within {@code timeoutNanos}, else a broken link. */
    synchronized End afterWriteFailure(IOException failure, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (end == null && System.nanoTime() < deadline) {
            TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
        }
        if (end == null) {
            end = new End(CallTranscript.AudioStreamEnd.CONNECTION_BROKEN, stamp(),
                    "cannot send to the IVR: " + failure.getMessage());
        }
        return end;
    }

    /**
     * Once the caller sends no more: waits for the IVR to end the stream; each frame it sends is activity, and
     * {@code inactivityNanos} (wall clock) without any ends the stream at the last activity plus {@code inactivity}.
     */
    synchronized End awaitEndOrInactivity(long inactivityNanos, long inactivity) throws InterruptedException {
        while (end == null) {
            long idle = System.nanoTime() - lastActivityNanos;
            if (idle >= inactivityNanos) {
                end = new End(CallTranscript.AudioStreamEnd.INACTIVITY_TIMEOUT, lastActivityAt + inactivity,
                        "no audio either way for " + Micros.human(Micros.ofSamples(inactivity)));
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, inactivityNanos - idle);
        }
        return end;
    }

    /** The IVR's audio so far, in order. */
    synchronized List<Chunk> chunks() {
        return List.copyOf(chunks);
    }

    synchronized long receivedSamples() {
        return received;
    }

    synchronized int receivedFrames() {
        return chunks.size();
    }

    @Override
    public void close() {
        closing = true;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Where on the stream's timeline something arriving now belongs (see the class comment). */
    private long stamp() {
        long clock = clock();
        return received >= clock - FRAME ? Math.min(clock, received) : clock;
    }

    /** Where IVR audio arriving now starts to be heard: a keeping-pace answer right after the frame it answers. */
    private long audioStamp(int length) {
        long clock = clock();
        return received >= clock - FRAME ? Math.min(clock, received + length) : clock;
    }

    private long clock() {
        return writerStopped ? Math.max(written, received) : written;
    }

    private synchronized void audio(short[] samples) {
        if (end != null) {
            return;
        }
        long at = audioStamp(samples.length);
        chunks.add(new Chunk(at, samples));
        received += samples.length;
        lastActivityNanos = System.nanoTime();
        lastActivityAt = Math.max(at + samples.length, lastActivityAt);
        notifyAll();
    }

    private synchronized void ended(CallTranscript.AudioStreamEnd kind, String detail) {
        if (end == null) {
            end = new End(kind, stamp(), detail);
        }
        notifyAll();
    }

    private void read() {
        try {
            while (true) {
                int kind = in.read();
                int high = kind < 0 ? -1 : in.read();
                int low = high < 0 ? -1 : in.read();
                if (low < 0) {
                    // app_audiosocket takes a stream ending before a whole header for a closure
                    ended(CallTranscript.AudioStreamEnd.IVR_CLOSED, "closed the socket");
                    return;
                }
                int length = high << 8 | low;
                if (kind == AudioSocketWire.KIND_HANGUP) {
                    ended(CallTranscript.AudioStreamEnd.IVR_HANGUP_FRAME, "hang-up frame");
                    return;
                }
                if (kind == AudioSocketWire.KIND_ERROR) {
                    ended(CallTranscript.AudioStreamEnd.IVR_ERROR_FRAME, "error frame" + errorCode(length));
                    return;
                }
                if (kind != AudioSocketWire.KIND_AUDIO) {
                    ended(CallTranscript.AudioStreamEnd.IVR_INVALID_FRAME,
                            "a " + AudioSocketWire.kindName(kind) + " frame, which Asterisk does not take");
                    return;
                }
                if (length == 0) {
                    ended(CallTranscript.AudioStreamEnd.IVR_INVALID_FRAME, "an empty audio frame");
                    return;
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                audio(AudioSocketWire.samples(payload));
            }
        } catch (EOFException e) {
            ended(CallTranscript.AudioStreamEnd.CONNECTION_BROKEN, "the stream ended inside an audio frame");
        } catch (IOException e) {
            if (!closing) {
                ended(CallTranscript.AudioStreamEnd.CONNECTION_BROKEN, "connection lost: " + e.getMessage());
            }
        }
    }

    /** " (code N)" when the code byte has already arrived; Asterisk itself never reads it. */
    private String errorCode(int length) throws IOException {
        return length >= 1 && in.available() >= 1 ? " (code " + in.read() + ")" : "";
    }
}
