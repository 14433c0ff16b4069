package org.townhall.ivr.audio;

/** G.711 μ-law and A-law conversion (the classic Sun reference algorithm) for the ulaw/alaw formats, raw or in WAV. */
public final class G711 {

    private static final int[] SEG_UEND = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int[] SEG_AEND = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};
    private static final int BIAS = 0x84;
    private static final int CLIP = 8159;

    private G711() {
    }

    public static short ulawToLinear(byte b) {
        int u = ~b & 0xff;
        int t = ((u & 0x0f) << 3) + BIAS;
        t <<= (u & 0x70) >> 4;
        return (short) ((u & 0x80) != 0 ? BIAS - t : t - BIAS);
    }

    public static byte linearToUlaw(short sample) {
        int pcm = sample >> 2;
        int mask;
        if (pcm < 0) {
            pcm = -pcm;
            mask = 0x7f;
        } else {
            mask = 0xff;
        }
        if (pcm > CLIP) {
            pcm = CLIP;
        }
        pcm += BIAS >> 2;
        int seg = search(pcm, SEG_UEND);
        if (seg >= 8) {
            return (byte) (0x7f ^ mask);
        }
        return (byte) (((seg << 4) | ((pcm >> (seg + 1)) & 0x0f)) ^ mask);
    }

    public static short alawToLinear(byte b) {
        int a = (b & 0xff) ^ 0x55;
        int t = (a & 0x0f) << 4;
        int seg = (a & 0x70) >> 4;
        switch (seg) {
            case 0 -> t += 8;
            case 1 -> t += 0x108;
            default -> {
                t += 0x108;
                t <<= seg - 1;
            }
        }
        return (short) ((a & 0x80) != 0 ? t : -t);
    }

    public static byte linearToAlaw(short sample) {
        int pcm = sample >> 3;
        int mask;
        if (pcm >= 0) {
            mask = 0xd5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int seg = search(pcm, SEG_AEND);
        if (seg >= 8) {
            return (byte) (0x7f ^ mask);
        }
        int value = seg << 4;
        value |= seg < 2 ? (pcm >> 1) & 0x0f : (pcm >> seg) & 0x0f;
        return (byte) (value ^ mask);
    }

    private static int search(int value, int[] table) {
        for (int i = 0; i < table.length; i++) {
            if (value <= table[i]) {
                return i;
            }
        }
        return table.length;
    }
}
