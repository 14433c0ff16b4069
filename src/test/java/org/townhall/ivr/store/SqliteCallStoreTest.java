package org.townhall.ivr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.store.sqlite.SqliteCallStore;

/** The SQLite store, on a real file. */
class SqliteCallStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path data;

    private static CallStart start(String id) {
        return new CallStart(id, "0612345678", "Jean Dupont", "PJSIP/trunk-1", "en", T0, "abc123");
    }

    @Test
    @DisplayName("a call's start, path and end are read back as written")
    void callRoundTrip() {
        try (CallStore store = SqliteCallStore.open(data)) {
            String id = store.callStarted(start("1795867463.7"));
            store.stepTaken(id, new CallStep(T0.plusSeconds(1), "main", "key", "2"));
            store.stepTaken(id, new CallStep(T0.plusSeconds(2), "to-roads", "dial", "PJSIP/1002"));
            store.callEnded(id, new CallEnd(T0.plusSeconds(30), Outcome.TRANSFERRED, "roads", "main:2 > to-roads", "en"));
            CallRecord call = store.call(id).orElseThrow();
            assertEquals(Outcome.TRANSFERRED, call.outcome());
            assertEquals("roads", call.department());
            assertEquals(T0.plusSeconds(30), call.endedAt());
            assertEquals(List.of("key", "dial"), call.path().stream().map(CallStep::event).toList());
            assertEquals("2", call.path().get(0).input());
        }
    }

    @Test
    @DisplayName("the same Asterisk unique id twice gets a second, distinct record")
    void duplicateCallIdsStayDistinct() {
        try (CallStore store = SqliteCallStore.open(data)) {
            assertEquals("42.1", store.callStarted(start("42.1")));
            assertEquals("42.1-2", store.callStarted(start("42.1")));
        }
    }

    @Test
    @DisplayName("asking twice for a callback from the same number to the same department keeps one open request")
    void callbackIsNotDuplicated() {
        try (CallStore store = SqliteCallStore.open(data)) {
            store.callStarted(start("c1"));
            store.callStarted(start("c2"));
            CallbackRequest first = store.requestCallback(new NewCallback("c1", "0612345678", "planning", "t", null, T0));
            CallbackRequest second = store.requestCallback(new NewCallback("c2", "0612345678", "planning", "t", null, T0));
            CallbackRequest other = store.requestCallback(new NewCallback("c2", "0612345678", "roads", "t", null, T0));
            assertTrue(first.created());
            assertFalse(second.created());
            assertEquals(first.callback().id(), second.callback().id());
            assertTrue(other.created());
            assertEquals(2, store.callbacks(CallbackStatus.OPEN, null, 100).size());
        }
    }

    @Test
    @DisplayName("concurrent requests for the same callback create exactly one")
    void concurrentCallbackRequests() throws Exception {
        try (CallStore store = SqliteCallStore.open(data)) {
            store.callStarted(start("c1"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<CallbackRequest>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return store.requestCallback(new NewCallback("c1", "0611111111", "roads", null, null, T0));
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<CallbackRequest> r : results) {
                created += r.get(10, TimeUnit.SECONDS).created() ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, created);
        }
    }

    @Test
    @DisplayName("calls left open by a stopped server are closed as interrupted at the next start")
    void interruptedCallsAreClosed() {
        try (CallStore store = SqliteCallStore.open(data)) {
            store.callStarted(start("open-1"));
        }
        try (CallStore store = SqliteCallStore.open(data)) {
            assertEquals(1, store.closeInterruptedCalls(T0.plusSeconds(60)));
            CallRecord call = store.call("open-1").orElseThrow();
            assertEquals(Outcome.INTERRUPTED, call.outcome());
            assertEquals(T0.plusSeconds(60), call.endedAt());
        }
    }

    @Test
    @DisplayName("a live call has no end and no outcome yet")
    void liveCallIsOpen() {
        try (CallStore store = SqliteCallStore.open(data)) {
            store.callStarted(start("live"));
            CallRecord call = store.call("live").orElseThrow();
            assertNull(call.endedAt());
            assertNull(call.outcome());
        }
    }
}
