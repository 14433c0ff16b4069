package org.townhall.ivr.simulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generates WAV files of an exact length for tests. */
final class TestAudio {

    private TestAudio() {
    }

    /** An 8 kHz 16-bit mono WAV of {@code samples} samples of a 440 Hz tone. */
    static Path tone(Path file, int samples) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            data.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
        }
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2).put(data.array());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, wav.array());
        return file;
    }

    /** {@code samples} of the same 440 Hz tone, starting at sample {@code from}. */
    static short[] toneSamples(int samples, int from) {
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * (from + i) / 8000.0));
        }
        return out;
    }

    /** Samples in an 8 kHz 16-bit mono WAV, checking that it is one. */
    static int samplesOf8kMonoWav(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (!new String(bytes, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(bytes, 8, 8, StandardCharsets.US_ASCII).equals("WAVEfmt ")
                || b.getShort(20) != 1 || b.getShort(22) != 1 || b.getInt(24) != 8000 || b.getShort(34) != 16
                || !new String(bytes, 36, 4, StandardCharsets.US_ASCII).equals("data")
                || b.getInt(4) != bytes.length - 8 || b.getInt(40) != bytes.length - 44) {
            throw new AssertionError(file + " is not an 8 kHz 16-bit mono WAV");
        }
        return b.getInt(40) / 2;
    }
}
