package org.townhall.ivr.simulator;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * The AudioSocket frames as res_audiosocket writes them: {@code kind(1) length(2, big-endian) payload}. Kept apart
 * from the IVR's own codec on purpose: the simulator checks the IVR, it must not share its mistakes.
 */
final class AudioSocketWire {

    static final int KIND_HANGUP = 0x00;
    static final int KIND_UUID = 0x01;
    static final int KIND_DTMF = 0x03;
    static final int KIND_AUDIO = 0x10;
    static final int KIND_ERROR = 0xff;

    private AudioSocketWire() {
    }

    /** The UUID frame {@code ast_audiosocket_init} sends first: the 16 bytes uuid_parse makes of the text. */
    static byte[] uuidFrame(String uuid) {
        String hex = uuid.replace("-", "");
        ByteBuffer frame = ByteBuffer.allocate(19).put((byte) KIND_UUID).putShort((short) 16);
        for (int i = 0; i < 32; i += 2) {
            frame.put((byte) Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        return frame.array();
    }

    static byte[] dtmfFrame(char key) {
        return new byte[] {KIND_DTMF, 0, 1, (byte) key};
    }

    /** One audio frame: 16-bit signed little-endian samples. */
    static byte[] audioFrame(short[] samples) {
        int length = samples.length * 2;
        byte[] frame = new byte[3 + length];
        frame[0] = KIND_AUDIO;
        frame[1] = (byte) (length >>> 8);
        frame[2] = (byte) length;
        for (int i = 0; i < samples.length; i++) {
            frame[3 + 2 * i] = (byte) samples[i];
            frame[4 + 2 * i] = (byte) (samples[i] >> 8);
        }
        return frame;
    }

    /** Samples of an audio payload; a trailing odd byte is dropped ({@code f.samples = length / 2}). */
    static short[] samples(byte[] payload) {
        short[] samples = new short[payload.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((payload[2 * i] & 0xff) | (payload[2 * i + 1] << 8));
        }
        return samples;
    }

    /** The text form uuid_parse accepts: 36 characters, hyphens at 8, 13, 18 and 23, hex digits elsewhere. */
    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphen ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static String kindName(int kind) {
        return switch (kind) {
            case KIND_HANGUP -> "hang-up";
            case KIND_UUID -> "UUID";
            case KIND_DTMF -> "DTMF";
            case KIND_AUDIO -> "audio";
            case KIND_ERROR -> "error";
            default -> String.format(Locale.ROOT, "0x%02x", kind);
        };
    }
}
