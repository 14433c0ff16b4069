package org.townhall.ivr.audiosocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    @Test
    @DisplayName("audio of any length round-trips, in frames of at most 320 bytes")
    void audioRoundTrips() throws IOException {
        for (int length : new int[] {1, 12, 159, 160, 161, 320, 1001}) {
            short[] samples = AsteriskSide.ramp(length, -500);
            List<short[]> frames = new ArrayList<>();
            FrameCodec.Reader reader = reader(FrameCodec.audio(samples));
            FrameCodec.Raw raw;
            while ((raw = reader.frame()) != null) {
                assertEquals(FrameCodec.KIND_AUDIO, raw.kind());
                assertEquals(true, raw.payload().length <= 320, "at most 20 ms a frame");
                frames.add(((Frame.Audio) FrameCodec.decode(raw)).samples());
            }
            assertEquals((length + 159) / 160, frames.size());
            short[] joined = frames.stream().reduce(new short[0], FrameCodecTest::concat);
            assertArrayEquals(samples, joined, "length " + length);
        }
    }

    @Test
    @DisplayName("an odd-sized audio payload loses its trailing byte, as in Asterisk")
    void oddPayload() throws IOException {
        byte[] payload = new byte[25];
        payload[0] = 0x34;
        payload[1] = 0x12;
        payload[24] = 0x7f;
        Frame.Audio audio = (Frame.Audio) FrameCodec.decode(reader(AsteriskSide.frame(0x10, payload)).frame());
        assertEquals(12, audio.samples().length);
        assertEquals(0x1234, audio.samples()[0]);
        assertEquals(1500, audio.durationMicros());
    }

    @Test
    @DisplayName("little-endian samples come out as Asterisk wrote them")
    void byteOrder() {
        assertArrayEquals(new byte[] {0x10, 0, 4, 0x01, (byte) 0x80, (byte) 0xff, 0x7f},
                FrameCodec.audio(new short[] {(short) 0x8001, 0x7fff}));
    }

    @Test
    @DisplayName("UUID, DTMF, hang-up and error frames round-trip")
    void controlFrames() throws IOException {
        UUID id = UUID.fromString("79a38083-2e50-4692-ae3e-d0df5c845310");
        assertArrayEquals(AsteriskSide.uuidFrame(id), FrameCodec.uuid(id));
        assertEquals(id, FrameCodec.uuid(reader(FrameCodec.uuid(id)).frame().payload()));
        assertEquals(new Frame.Dtmf('#'), FrameCodec.decode(reader(FrameCodec.dtmf('#')).frame()));
        assertEquals(Frame.HANGUP, FrameCodec.decode(reader(FrameCodec.hangup()).frame()));
        assertArrayEquals(new byte[] {0, 0, 0}, FrameCodec.hangup());
        assertEquals(new Frame.Error(1), FrameCodec.decode(reader(FrameCodec.error(1)).frame()));
        assertEquals(new Frame.Error(0), FrameCodec.decode(new FrameCodec.Raw(0xff, new byte[0])));
    }

    @Test
    @DisplayName("unknown kinds and a second UUID decode to nothing (skipped), not to an error")
    void unknownKinds() {
        assertNull(FrameCodec.decode(new FrameCodec.Raw(0x42, new byte[3])));
        assertNull(FrameCodec.decode(new FrameCodec.Raw(0x01, new byte[16])));
        assertNull(FrameCodec.decode(new FrameCodec.Raw(0x03, new byte[0])));
    }

    @Test
    @DisplayName("a clean end of stream is null, a frame cut short is an EOFException")
    void endOfStream() throws IOException {
        assertNull(reader(new byte[0]).frame());
        assertThrows(EOFException.class, () -> reader(new byte[] {0x10, 0x01}).frame());
        assertThrows(EOFException.class, () -> reader(new byte[] {0x10, 0x01, 0x40, 1, 2, 3}).frame());
    }

    @Test
    @DisplayName("the length field holds up to 65535 bytes; more cannot be encoded")
    void lengthLimit() throws IOException {
        assertEquals(65535, reader(AsteriskSide.frame(0x10, new byte[65535])).frame().payload().length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameCodec.header(0x10, 65536));
        assertEquals("an AudioSocket payload holds 0 to 65535 bytes, not 65536", e.getMessage());
        assertInstanceOf(Frame.Audio.class, FrameCodec.decode(new FrameCodec.Raw(0x10, new byte[0])));
    }

    private static FrameCodec.Reader reader(byte[] bytes) {
        return new FrameCodec.Reader(new ByteArrayInputStream(bytes));
    }

    private static short[] concat(short[] a, short[] b) {
        short[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
