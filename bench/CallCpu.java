// Server CPU per call, per speech mode: starts `serve` in each mode (a JVM of its own, real TCP ports), places
// simulated calls in which the caller says one request (synthesised by the client, outside the server), and reads
// the server process's CPU time before and after. Warm-up calls are left out.
// Run: java bench/CallCpu.java [jar] [calls] ["what the caller says"]   (from the project directory)
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;

public class CallCpu {
    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "target/townhall-ivr.jar";
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String say = args.length > 2 ? args[2] : "there is a pothole in my street";
        for (String mode : List.of("files", "audiosocket")) {
            Path data = Files.createTempDirectory("callcpu-" + mode);
            List<String> serve = List.of("java", "-jar", jar, "serve", "--speech", mode, "--data", data.toString(),
                    "--agi-port", "24573", "--http-port", "28080", "--audiosocket-port", "29092",
                    "--clock", "2026-12-01T09:00:00Z"); // a Tuesday morning: every department open
            Process server = new ProcessBuilder(serve).redirectErrorStream(true)
                    .redirectOutput(data.resolve("serve.log").toFile()).start();
            try {
                awaitHealth();
                for (int i = 0; i < 2; i++) {
                    call(jar, say); // warm-up: JIT, first recognizers, prompt files cached
                }
                Duration before = cpu(server);
                long start = System.nanoTime();
                String last = "";
                for (int i = 0; i < calls; i++) {
                    last = call(jar, say);
                }
                double wall = (System.nanoTime() - start) / 1e9 / calls;
                double perCall = cpu(server).minus(before).toMillis() / (double) calls;
                System.out.printf("%-11s server CPU per call %6.0f ms (%d calls; %.1f s each as simulated)%n", mode,
                        perCall, calls, wall);
                System.out.println("  last call: " + last.lines().filter(l -> l.contains("IVR") || l.contains("caller"))
                        .map(String::strip).reduce((a, b) -> a + " | " + b).orElse(""));
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
    }

    static Duration cpu(Process p) {
        return p.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for the server"));
    }

    static String call(String jar, String say) throws Exception {
        Process p = new ProcessBuilder("java", "-jar", jar, "simulate", "--port", "24573", "--say", say)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("simulate failed: " + out);
        }
        return out;
    }

    static void awaitHealth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:28080/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("serve did not come up in 2 minutes");
    }
}
