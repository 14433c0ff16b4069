// How many simultaneous real-time speech turns one node sustains: N callers each stream 20 ms frames of real
// speech, paced in real time, into their own recognizer; a turn keeps up when each frame is processed before the
// next one is due. Reports, per N, the p95 and max lag behind real time, and the heap per live recognizer.
// Run: java -cp target/townhall-ivr.jar bench/SpeechLoad.java <wav 8 kHz> grammar|free 10,20,40,60 [seconds]
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import org.townhall.ivr.config.*;
import org.townhall.ivr.engine.SpeechIntents;
import org.townhall.ivr.speech.*;
import org.townhall.ivr.audio.WavFile;

public class SpeechLoad {
    public static void main(String[] args) throws Exception {
        short[] audio = WavFile.read8k(Path.of(args[0]));
        boolean grammar = args[1].equals("grammar");
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        TownHall townHall = ConfigLoader.load(Path.of("config/townhall.yaml"));
        List<String> phrases = new ArrayList<>();
        phrases.addAll(SpeechIntents.grammar(SpeechIntents.meanings(SpeechIntents.firstSpokenMenu(townHall).orElseThrow(),
                townHall, "en")));
        long t0 = System.nanoTime();
        SpeechModels models = SpeechModels.load(Path.of("models"), List.of("en"));
        System.out.printf("model load %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(models);
        for (String n : args[2].split(",")) {
            run(recognizer, audio, grammar ? phrases : List.of(), Integer.parseInt(n), seconds);
        }
        models.close();
    }

    static void run(VoskSpeechRecognizer recognizer, short[] audio, List<String> phrases, int callers, int seconds)
            throws Exception {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<long[]>> results = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(callers);
        long[] heapDuring = new long[1];
        for (int c = 0; c < callers; c++) {
            int offset = c * 1597 % audio.length;
            results.add(pool.submit(() -> {
                SpeechRecognizer.Utterance u = recognizer.start("en", phrases.isEmpty() ? Vocabulary.FREE_FORM
                        : Vocabulary.openAnswer(phrases));
                ready.countDown();
                ready.await();
                int frames = seconds * 50;
                long[] lags = new long[frames];
                long start = System.nanoTime();
                short[] frame = new short[160];
                for (int f = 0; f < frames; f++) {
                    long due = start + f * 20_000_000L;
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    for (int i = 0; i < 160; i++) frame[i] = audio[(offset + f * 160 + i) % audio.length];
                    u.accept(frame, 160);
                    lags[f] = Math.max(0, System.nanoTime() - (due + 20_000_000L));
                }
                u.close();
                return lags;
            }));
        }
        ready.await();
        Thread.sleep(1000);
        heapDuring[0] = rt.totalMemory() - rt.freeMemory();
        List<Long> all = new ArrayList<>();
        for (Future<long[]> r : results) for (long l : r.get()) all.add(l);
        pool.shutdown();
        Collections.sort(all);
        System.out.printf("%s %3d simultaneous turns: lag p95 %6.1f ms, max %7.1f ms, heap %+5.1f MB (%.2f MB per turn)%n",
                phrases.isEmpty() ? "free-form" : "grammar  ", callers, all.get((int) (all.size() * 0.95)) / 1e6,
                all.get(all.size() - 1) / 1e6, (heapDuring[0] - heapBefore) / 1e6, (heapDuring[0] - heapBefore) / 1e6 / callers);
    }
}
