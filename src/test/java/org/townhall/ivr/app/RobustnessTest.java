package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.store.Outcome;

/** Bad peers and load never harm the calls in progress. */
class RobustnessTest {
    @TempDir
    Path data;
    RunningServer ivr;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    @DisplayName("garbage and half-open connections do not disturb a call in progress")
    void garbageConnectionsDoNotDisturbCalls() throws Exception {
        try (Socket silent = new Socket("127.0.0.1", ivr.server.agiPort());
             Socket http = new Socket("127.0.0.1", ivr.server.agiPort());
             Socket noise = new Socket("127.0.0.1", ivr.server.agiPort());
             Socket fakeEnv = new Socket("127.0.0.1", ivr.server.agiPort())) {
            OutputStream out = http.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] junk = new byte[4096];
            new java.util.Random(7).nextBytes(junk);
            noise.getOutputStream().write(junk);
            noise.getOutputStream().flush();
            // an AGI-looking block without a channel or unique id, then nonsense replies
            fakeEnv.getOutputStream().write("agi_network: yes\nagi_request: agi://x/townhall\n\n510 what\n"
                    .getBytes(StandardCharsets.US_ASCII));
            fakeEnv.getOutputStream().flush();

            CallTranscript call = ivr.call("press 2");

            assertEquals("PJSIP/1002", call.dialAttempts().get(0).dialString(), call::dialogue);
            assertEquals(Outcome.TRANSFERRED, ivr.record(call).outcome());
        }
        assertEquals(1, ivr.server.store().calls(org.townhall.ivr.store.CallQuery.latest(10)).size(),
                "only the real call is recorded");
    }

    @Test
    @DisplayName("forty simultaneous calls are all served and all recorded")
    void concurrentCalls() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(40);
        List<Future<CallTranscript>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = String.valueOf(1 + i % 7);
            String number = String.format("06000000%02d", i);
            calls.add(callers.submit(() -> ivr.call(ivr.call().withCallerId(number, "Caller " + number)
                    .withUniqueId("1800000000." + number), "press " + key)));
        }
        for (Future<CallTranscript> call : calls) {
            CallTranscript t = call.get(60, TimeUnit.SECONDS);
            assertEquals(1, t.dialAttempts().size(), t::dialogue);
            assertEquals(Outcome.TRANSFERRED, ivr.record(t).outcome());
        }
        callers.shutdown();
        assertEquals(40, ivr.server.store().calls(org.townhall.ivr.store.CallQuery.latest(100)).size());
    }

    @Test
    @DisplayName("stopping the server lets a call in progress finish")
    void gracefulShutdownLetsCallsFinish() throws Exception {
        RunningServer slow = new RunningServer(data.resolve("slow"));
        CompletableFuture<CallTranscript> call = CompletableFuture.supplyAsync(() -> {
            try {
                return slow.callRealTime("press 2; dial answer talk 1500");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (slow.server.activeCallCount() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1, slow.server.activeCallCount(), "the call is in progress");

        slow.close();

        CallTranscript done = call.get(20, TimeUnit.SECONDS);
        assertEquals("ANSWER", done.dialAttempts().get(0).status(), done::dialogue);
        assertTrue(done.serverClosed());
    }
}
