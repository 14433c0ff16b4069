package org.townhall.ivr.voice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import org.townhall.ivr.audio.WavFile;

/**
 * Telephone audio as Asterisk plays it: 8 kHz, 16-bit signed little-endian, mono PCM. Immutable.
 * Audio from {@link SpeechSynthesizer} is already band-limited to 4 kHz and levelled (speech at about −20 dBFS RMS, peaks
 * at most −3 dBFS).
 */
public final class TelephoneAudio {
    /** Samples per second. */
    public static final int SAMPLE_RATE = WavFile.RATE;

    private static final double FULL_SCALE = 32768.0;

    private final short[] samples;

    private TelephoneAudio(short[] samples) {
        this.samples = samples;
    }

    /** Wraps 8 kHz samples (copied); for fakes and tests, and for audio made elsewhere. */
    public static TelephoneAudio ofSamples(short[] samples) {
        return new TelephoneAudio(samples.clone());
    }

    /** Takes ownership of the array: only for code in this package that never touches it again. */
    static TelephoneAudio wrap(short[] samples) {
        return new TelephoneAudio(samples);
    }

    /** A copy of the samples. */
    public short[] samples() {
        return samples.clone();
    }

    public int sampleCount() {
        return samples.length;
    }

    public long durationMillis() {
        return samples.length * 1000L / SAMPLE_RATE;
    }

    /** The samples as raw PCM bytes, little-endian (what Asterisk calls {@code slin}). */
    public byte[] pcmBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(samples);
        return buffer.array();
    }

    /** A complete WAV file: the canonical 44-byte header followed by the samples. */
    public byte[] wavBytes() {
        return WavFile.bytes8k(samples);
    }

    /**
     * Writes a WAV file. The file appears complete or not at all (written beside it, then moved), so Asterisk never plays
     * half a prompt.
     */
    public void writeWav(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Path partial = Files.createTempFile(directory, "." + absolute.getFileName(), ".partial");
        try {
            Files.write(partial, wavBytes());
            try {
                Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The loudest sample relative to full scale; {@link Double#NEGATIVE_INFINITY} for digital silence. */
    public double peakDbfs() {
        int peak = 0;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return decibels(peak / FULL_SCALE);
    }

    /** The RMS level of the whole clip, pauses included; {@link Double#NEGATIVE_INFINITY} for digital silence. */
    public double rmsDbfs() {
        if (samples.length == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return decibels(Math.sqrt(sum / samples.length) / FULL_SCALE);
    }

    private static double decibels(double ratio) {
        return ratio == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(ratio);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TelephoneAudio audio && Arrays.equals(samples, audio.samples);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TelephoneAudio[%d ms, peak %.1f dBFS, rms %.1f dBFS]",
                durationMillis(), peakDbfs(), rmsDbfs());
    }
}
