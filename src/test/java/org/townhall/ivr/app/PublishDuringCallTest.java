package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.ConfigVersion;

/** Publishing a version does not drop calls: calls in progress finish on theirs, new calls take the new one. */
class PublishDuringCallTest {
    @TempDir
    Path data;
    RunningServer ivr;

    @BeforeEach
    void start() throws Exception {
        PromptFiles.writeAll(Path.of("config/townhall.yaml"), data.resolve("prompts"));
        ivr = new RunningServer(data);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private void waitForActiveCalls(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ivr.server.activeCallCount() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " call(s) in progress, found "
                        + ivr.server.activeCallCount());
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    @Test
    @DisplayName("a call started before a publish finishes on the old version while a call started after gets the new one")
    void callsKeepTheirVersion() throws Exception {
        String yaml = Files.readString(Path.of("config/townhall.yaml"));
        ConfigVersion moved = ivr.server.versions().save("maria", yaml.replace("dial: PJSIP/1002", "dial: PJSIP/1099"),
                "roads moved to 1099", 1);
        String oldVersion = ivr.server.townHall().version();
        // given a caller who waits two seconds in the main menu before choosing roads
        CompletableFuture<CallTranscript> before = CompletableFuture.supplyAsync(() -> {
            try {
                return ivr.callRealTime("press 2 after 2000; dial answer talk 50");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        waitForActiveCalls(1);

        // when the new version is published while that call is in the IVR
        ivr.server.versions().publish("maria", moved.number());
        CallTranscript after = ivr.call("press 2; dial answer talk 50");
        CallTranscript first = before.get(30, TimeUnit.SECONDS);

        // then the first call finishes on the old version, the second runs on the new one
        CallRecord oldCall = ivr.record(first);
        CallRecord newCall = ivr.record(after);
        assertEquals(oldVersion, oldCall.configVersion());
        assertEquals(moved.contentHash(), newCall.configVersion());
        assertNotEquals(oldCall.configVersion(), newCall.configVersion());
        assertTrue(oldCall.startedAt().compareTo(newCall.startedAt()) <= 0);
        assertEquals("PJSIP/1002", first.dialAttempts().get(0).dialString(), first::dialogue);
        assertEquals("PJSIP/1099", after.dialAttempts().get(0).dialString(), after::dialogue);
        assertTrue(first.commands().stream().anyMatch(c -> c.contains("/en/main")), first::dialogue);
    }
}
