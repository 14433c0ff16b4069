// Word errors of the recognizer (free-form, the live pipeline: noise handling, resampling, Vosk) on real human
// speech: the sentences of Debian's asterisk-core-sounds-en-wav, transcripts from its core-sounds-en.txt.gz,
// optionally with white noise N dB below the speech (as RenderUtterances' noisy condition).
// Run: java -cp target/townhall-ivr.jar bench/HumanWordErrors.java 20      (SNR in dB; "clean" for none)
//      an optional second argument sets the caller's level in dB (e.g. -20: a quiet caller; noise follows the speech)
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.townhall.ivr.speech.*;
import org.townhall.ivr.audio.WavFile;

public class HumanWordErrors {
    static final Path SOUNDS = Path.of("/usr/share/asterisk/sounds/en");
    static final Path TEXTS = Path.of("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz");

    public static void main(String[] args) throws Exception {
        boolean clean = args[0].equals("clean");
        double snr = clean ? 0 : Double.parseDouble(args[0]);
        double gain = args.length > 1 ? Math.pow(10, Double.parseDouble(args[1]) / 20) : 1;
        Map<String, String> texts = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(TEXTS))))) {
            for (String line; (line = in.readLine()) != null; ) {
                int colon = line.indexOf(": ");
                if (line.startsWith(";") || colon < 0 || line.substring(0, colon).contains("/")) continue;
                String name = line.substring(0, colon), text = line.substring(colon + 2);
                if (text.length() > 25 && Files.exists(SOUNDS.resolve(name + ".wav")) && texts.size() < 150) texts.put(name, text);
            }
        }
        try (VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(SpeechModels.load(Path.of("models"), List.of("en")))) {
            int errors = 0, words = 0, n = 0;
            for (var e : texts.entrySet()) {
                n++;
                short[] recorded = WavFile.read8k(SOUNDS.resolve(e.getKey() + ".wav"));
                short[] line = onLine(scaled(recorded, gain), clean ? 0 : gain * noiseRms(recorded, snr), new Random(n));
                String heard;
                try (SpeechRecognizer.Utterance turn = recognizer.start("en", Vocabulary.FREE_FORM)) {
                    for (int i = 0; i < line.length; i += 160) {
                        short[] chunk = Arrays.copyOfRange(line, i, Math.min(line.length, i + 160));
                        turn.accept(chunk, chunk.length);
                    }
                    heard = turn.finish().text();
                }
                List<String> ref = words(e.getValue()), hyp = words(heard);
                errors += distance(ref, hyp);
                words += ref.size();
                System.out.println(e.getKey() + "\t" + e.getValue() + "\t" + heard);
            }
            System.out.printf("%d sentences, %d words, word errors %.1f %%%n", n, words, 100.0 * errors / words);
        }
    }

    static short[] scaled(short[] samples, double gain) {
        short[] out = new short[samples.length];
        for (int i = 0; i < out.length; i++) out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i] * gain)));
        return out;
    }

    static double noiseRms(short[] speech, double snr) {
        double power = 0; int voiced = 0;
        for (short s : speech) if (Math.abs(s) > 300) { power += (double) s * s; voiced++; }
        return Math.sqrt(power / Math.max(1, voiced)) / Math.pow(10, snr / 20);
    }

    /** Half a second of the line before and after the words. */
    static short[] onLine(short[] speech, double noiseRms, Random random) {
        short[] out = new short[speech.length + 8000];
        for (int i = 0; i < out.length; i++) {
            int j = i - 4000;
            double v = (j >= 0 && j < speech.length ? speech[j] : 0) + random.nextGaussian() * noiseRms;
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        return out;
    }

    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("[^a-z' ]", " ").strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
    }

    static int distance(List<String> a, List<String> b) {
        int[] d = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) d[j] = j;
        for (int i = 1; i <= a.size(); i++) {
            int previous = d[0];
            d[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int keep = d[j];
                d[j] = Math.min(Math.min(d[j] + 1, d[j - 1] + 1), previous + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
                previous = keep;
            }
        }
        return d[b.size()];
    }
}
