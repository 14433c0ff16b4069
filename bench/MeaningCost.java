// What the meaning check adds to an answer: loading the sentence model, encoding a menu's phrases once, and the
// time per answer (p50/p95 over a labelled set's texts, one thread, then T threads at once). Also the process's
// resident memory it adds (the model lives in ONNX Runtime's native memory, not on the Java heap).
// Run: java -cp target/townhall-ivr.jar bench/MeaningCost.java bench/speech/utterances.tsv [threads]
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import org.townhall.ivr.config.*;
import org.townhall.ivr.engine.SpeechIntents;
import org.townhall.ivr.speech.*;

public class MeaningCost {
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length == 3 && f[0].equals("en")) {
                texts.add(f[2]);
            }
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        Map<String, List<String>> intents = SpeechIntents.meanings(SpeechIntents.firstSpokenMenu(townHall).orElseThrow(),
                townHall, "en");
        int phraseCount = intents.values().stream().mapToInt(List::size).sum();
        long rss0 = residentMb();
        long t0 = System.nanoTime();
        SentenceMeanings meanings = SentenceMeanings.load(Path.of("models"), List.of("en"));
        long t1 = System.nanoTime();
        MeaningMatcher matcher = meanings.matcher("en", intents);
        long t2 = System.nanoTime();
        System.out.printf("model load %d ms; %d phrases encoded in %d ms; resident memory +%d MB%n",
                (t1 - t0) / 1_000_000, phraseCount, (t2 - t1) / 1_000_000, residentMb() - rss0);
        for (int i = 0; i < 3; i++) {
            texts.forEach(matcher::closest); // warm up
        }
        double[] one = time(matcher, texts);
        System.out.printf("1 thread: p50 %.1f ms, p95 %.1f ms per answer (%d answers)%n", one[0], one[1], texts.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<double[]>> runs = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            runs.add(pool.submit(() -> time(matcher, texts)));
        }
        double p50 = 0;
        double p95 = 0;
        for (Future<double[]> r : runs) {
            double[] t = r.get();
            p50 = Math.max(p50, t[0]);
            p95 = Math.max(p95, t[1]);
        }
        pool.shutdown();
        System.out.printf("%d threads at once: p50 %.1f ms, p95 %.1f ms per answer (worst thread)%n", threads, p50, p95);
    }

    /** VmRSS of this process, in MB (Linux). */
    static long residentMb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    static double[] time(MeaningMatcher matcher, List<String> texts) {
        double[] ms = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long s = System.nanoTime();
            matcher.closest(texts.get(i));
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]};
    }
}
