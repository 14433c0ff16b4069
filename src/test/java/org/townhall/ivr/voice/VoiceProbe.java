package org.townhall.ivr.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs in a JVM of its own (MaryTTS starts once per process), started by {@link VoicesDirectoryTest} in an empty working
 * directory: starts a synthesizer on a voices directory, says something in English and French, and writes what happened
 * (languages, errors, timings, memory, files in the working directory) as properties.
 */
public final class VoiceProbe {
    private VoiceProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path voices = Path.of(args[0]);
        Path report = Path.of(args[1]);
        Properties out = new Properties();
        long rssBefore = rssKb();
        long t0 = System.nanoTime();
        MaryTtsSynthesizer synthesizer = new MaryTtsSynthesizer(voices);
        long t1 = System.nanoTime();
        out.setProperty("languages.beforeWarmUp", String.join(",", synthesizer.languages()));
        synthesizer.warmUp();
        long t2 = System.nanoTime();
        out.setProperty("start.ms", Long.toString((t1 - t0) / 1_000_000));
        out.setProperty("warmUp.ms", Long.toString((t2 - t1) / 1_000_000));
        out.setProperty("languages", String.join(",", synthesizer.languages()));

        long s0 = System.nanoTime();
        TelephoneAudio first = synthesizer.synthesize("Thank you for calling the town hall.", "en");
        out.setProperty("en.first.ms", Long.toString((System.nanoTime() - s0) / 1_000_000));
        out.setProperty("en.first.audio.ms", Long.toString(first.durationMillis()));

        String paragraph = "Our offices are open from Monday to Friday. For civil status, press one. "
                + "For waste collection, press two. To speak to an agent, stay on the line.";
        long audioMillis = 0;
        long r0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            audioMillis += synthesizer.synthesize(paragraph, "en").durationMillis();
        }
        long workMillis = (System.nanoTime() - r0) / 1_000_000;
        out.setProperty("en.realTimeFactor", String.format(java.util.Locale.ROOT, "%.1f", (double) audioMillis / workMillis));

        try {
            long f0 = System.nanoTime();
            TelephoneAudio french = synthesizer.synthesize("Bonjour, la mairie est ouverte à "
                    + TextForSpeech.forLanguage("fr").time(java.time.LocalTime.of(9, 30)) + ".", "fr");
            out.setProperty("fr.ms", Long.toString((System.nanoTime() - f0) / 1_000_000));
            out.setProperty("fr.audio.ms", Long.toString(french.durationMillis()));
            out.setProperty("fr.rmsDbfs", Double.toString(french.rmsDbfs()));
        } catch (SynthesisException e) {
            out.setProperty("fr.error", e.getMessage());
        }

        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.setProperty("heap.used.mb", Long.toString(heap.getUsed() >> 20));
        out.setProperty("rss.before.mb", Long.toString(rssBefore >> 10));
        out.setProperty("rss.after.mb", Long.toString(rssKb() >> 10));
        try (Stream<Path> files = Files.list(Path.of(""))) {
            out.setProperty("cwd.files", files.map(Path::toString).sorted().collect(Collectors.joining(",")));
        }
        synthesizer.close();
        try (OutputStream file = Files.newOutputStream(report)) {
            out.store(file, "VoiceProbe");
        }
    }

    private static long rssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }
}
