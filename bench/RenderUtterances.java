// Renders the labelled utterance set to telephone audio with the project's voice (MaryTTS), in two conditions:
//   clean: 8 kHz, G.711 mu-law round trip (what a phone line does);
//   noisy: the same plus white noise at 20 dB SNR and a random gain of -6..+3 dB.
// Run: java -cp target/townhall-ivr.jar bench/RenderUtterances.java bench/speech/utterances.tsv target/bench-speech
// Another voice than the project's: add --flite <voice> (Debian's flite: rms and awb are male, kal16 another), e.g.
//   java -cp target/townhall-ivr.jar bench/RenderUtterances.java bench/speech/requests-ninth.tsv target/bench-ninth-rms --flite rms
// Writes <out>/<condition>/<n>.wav and <out>/<condition>.tsv (wav<TAB>expected) for `townhall-ivr speech-bench`.
import java.nio.file.*;
import java.util.*;
import org.townhall.ivr.voice.*;

public class RenderUtterances {
    public static void main(String[] args) throws Exception {
        Path set = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(42);
        if (args.length > 2 && (args.length != 4 || !args[2].equals("--flite"))) {
            throw new IllegalArgumentException("usage: RenderUtterances <set.tsv> <out dir> [--flite <voice>]");
        }
        String flite = args.length == 4 ? args[3] : null;
        try (MaryTtsSynthesizer voice = new MaryTtsSynthesizer(Path.of("voices"))) {
            if (flite == null) voice.warmUp();
            Map<String, StringBuilder> lists = new LinkedHashMap<>();
            int n = 0;
            for (String line : Files.readAllLines(set)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (!f[0].equals("en")) continue;
                n++;
                short[] speech = flite == null ? voice.synthesize(f[2], "en").samples() : flite(flite, f[2]);
                for (String condition : List.of("clean", "noisy")) {
                    short[] audio = condition.equals("clean") ? muLawRoundTrip(speech) : muLawRoundTrip(noisy(speech, random));
                    Path wav = out.resolve(condition).resolve(String.format("%03d.wav", n));
                    Files.createDirectories(wav.getParent());
                    TelephoneAudio.ofSamples(audio).writeWav(wav);
                    lists.computeIfAbsent(condition, c -> new StringBuilder())
                            .append(condition).append('/').append(wav.getFileName()).append('\t').append(f[1]).append('\n');
                }
            }
            for (var e : lists.entrySet()) Files.writeString(out.resolve(e.getKey() + ".tsv"), e.getValue());
            System.out.println(n + " utterances rendered into " + out);
        }
    }

    /** The text spoken by a flite voice, brought to 8 kHz as a phone line would carry it. */
    static short[] flite(String voice, String text) throws Exception {
        Path wav = Files.createTempFile("flite", ".wav");
        try {
            Process p = new ProcessBuilder("flite", "-voice", voice, "-t", text, "-o", wav.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IllegalStateException("flite failed: " + output);
            return org.townhall.ivr.audio.WavFile.read8k(wav);
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    static short[] noisy(short[] speech, Random random) {
        double power = 0; int voiced = 0;
        for (short s : speech) if (Math.abs(s) > 300) { power += (double) s * s; voiced++; }
        double rms = Math.sqrt(power / Math.max(1, voiced));
        double noiseRms = rms / Math.pow(10, 20 / 20.0);
        double gain = Math.pow(10, (random.nextDouble() * 9 - 6) / 20);
        short[] out = new short[speech.length + 8000];   // half a second of line noise before and after
        for (int i = 0; i < out.length; i++) {
            int j = i - 4000;
            double s = j >= 0 && j < speech.length ? speech[j] : 0;
            out[i] = (short) Math.max(-32768, Math.min(32767, gain * (s + random.nextGaussian() * noiseRms)));
        }
        return out;
    }

    static short[] muLawRoundTrip(short[] pcm) {
        short[] out = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) out[i] = decode(encode(pcm[i]));
        return out;
    }

    static byte encode(short sample) {
        int s = sample, sign = (s >> 8) & 0x80;
        if (sign != 0) s = -s;
        if (s > 32635) s = 32635;
        s += 0x84;
        int exponent = 7;
        for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) exponent--;
        int mantissa = (s >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    static short decode(byte b) {
        int u = ~b & 0xFF, sign = u & 0x80, exponent = (u >> 4) & 0x07, mantissa = u & 0x0F;
        int s = (((mantissa << 3) + 0x84) << exponent) - 0x84;
        return (short) (sign != 0 ? -s : s);
    }
}
