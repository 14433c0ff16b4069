package org.townhall.ivr.audiosocket;

/**
 * What {@link AudioSocketSession#read} delivers: one AudioSocket message from Asterisk, or the end of the stream.
 */
public sealed interface Frame permits Frame.Audio, Frame.Dtmf, Frame.Hangup, Frame.Error, Frame.Closed {

    Hangup HANGUP = new Hangup();
    Closed CLOSED = new Closed();

    /**
     * The caller's audio: signed 16-bit linear, 8 kHz, mono; usually 160 samples (20 ms), but any length occurs.
     * The array belongs to the receiver.
     */
    record Audio(short[] samples) implements Frame {
        public long durationMicros() {
            return samples.length * 125L;
        }
    }

    /** The caller pressed {@code key} (0-9, *, #, A-D); Asterisk 20.14 / 21.9 / 22.4 and later. */
    record Dtmf(char key) implements Frame {
    }

    /** A hang-up frame (kind 0x00). Asterisk's AudioSocket application never sends one, it closes the socket. */
    record Hangup() implements Frame {
    }

    /** An error frame (kind 0xff) with its code (the first payload byte, 0 when there is none). */
    record Error(int code) implements Frame {
    }

    /**
     * The stream is over: Asterisk closed the socket (the caller hung up, or Asterisk gave up), the connection
     * broke, or this side closed the session. Every later read returns it again.
     */
    record Closed() implements Frame {
    }
}
