// Voice (MaryTTS) speed: time to first audio for warm short sentences (synthesis is not incremental, so the whole
// sentence is ready at once), real-time factor on longer text, heap after warm-up.
// Run: java -cp target/townhall-ivr.jar bench/VoiceBench.java
import java.nio.file.*;
import java.util.*;
import org.townhall.ivr.voice.*;

public class VoiceBench {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        MaryTtsSynthesizer voice = new MaryTtsSynthesizer(Path.of("voices"));
        long t1 = System.nanoTime();
        voice.warmUp();
        long t2 = System.nanoTime();
        System.out.printf("start %d ms, warm-up %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        String[] shorts = {"Your request is recorded.", "Please hold.", "Goodbye.", "Press 1 to confirm.",
                "We will call you back.", "Roads and street lighting.", "Is that right?", "Thank you for calling.",
                "The service is closed.", "Number forty two."};
        List<Double> ms = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String s : shorts) {
                long a = System.nanoTime();
                voice.synthesize(s + (round > 0 ? " " + round : ""), "en");
                ms.add((System.nanoTime() - a) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf("short sentence, warm: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", ms.get(ms.size() / 2),
                ms.get((int) (ms.size() * 0.95)), ms.get(ms.size() - 1));
        String paragraph = "For civil status, identity cards and passports, press 1. For roads and street lighting, press 2. "
                + "For waste and cleanliness, press 3. For urban planning, press 4. For schools and childcare, press 5.";
        long a = System.nanoTime();
        TelephoneAudio audio = voice.synthesize(paragraph, "en");
        double secs = (System.nanoTime() - a) / 1e9;
        System.out.printf("paragraph: %.1f s of audio in %.2f s: %.1fx real time%n", audio.durationMillis() / 1000.0, secs,
                audio.durationMillis() / 1000.0 / secs);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap after GC: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }
}
