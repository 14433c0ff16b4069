package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.Callback;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.Outcome;

/** Closed or busy departments lead to a stored callback request, read back to the caller. */
class CallbackRequestTest {
    static final String MESSAGE = Path.of("../shared/asterisk/traces/rec-test.wav").toAbsolutePath().normalize().toString();

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

    private List<Callback> openCallbacks() {
        return ivr.server.store().callbacks(CallbackStatus.OPEN, null, 100);
    }

    @Test
    @DisplayName("planning is closed on Wednesday: the caller accepts a callback, confirms the number, leaves a message")
    void closedDepartmentLeadsToStoredCallback() throws Exception {
        ivr.clock.set(RunningServer.WEDNESDAY_10H);

        CallTranscript call = ivr.call("press 4; press 1; press 1; speak " + MESSAGE);

        assertTrue(call.dialAttempts().isEmpty(), call::dialogue);
        List<Callback> callbacks = openCallbacks();
        assertEquals(1, callbacks.size(), call::dialogue);
        Callback callback = callbacks.get(0);
        assertEquals("0612345678", callback.number());
        assertEquals("planning", callback.department());
        assertEquals(call.uniqueId(), callback.callId());
        assertEquals(0, callback.attempts());
        assertTrue(callback.topic().contains("main:4"), callback.topic());
        assertTrue(Files.size(Path.of(callback.messageFile())) > 44, "the message WAV was written by Asterisk");
        assertTrue(call.commands().stream().anyMatch(c -> c.matches("SAY DIGITS \"?0612345678\"? .*")), call::dialogue);
        assertTrue(call.commands().stream().anyMatch(c -> c.matches("SAY NUMBER \"?" + callback.id() + "\"? .*")),
                call::dialogue);

        CallRecord record = ivr.record(call);
        assertEquals(Outcome.CALLBACK, record.outcome());
        assertEquals("planning", record.department());
        assertTrue(record.path().stream().anyMatch(s -> s.event().equals("closed")));
    }

    @Test
    @DisplayName("a busy department offers a callback and gives the caller their own name back")
    void busyDepartmentOffersCallback() throws Exception {
        CallTranscript call = ivr.call("press 2; dial busy; press 1; press 1; speak " + MESSAGE);

        assertEquals("BUSY", call.dialAttempts().get(0).status());
        List<String> commands = call.commands();
        int dial = commands.indexOf(commands.stream().filter(c -> c.startsWith("EXEC \"Dial\"")).findFirst().orElseThrow());
        assertTrue(commands.subList(dial, commands.size()).contains("SET VARIABLE \"CALLERID(name)\" \"Jean Dupont\""),
                call::dialogue);
        assertEquals(List.of("roads"), openCallbacks().stream().map(Callback::department).toList());
        assertEquals(Outcome.CALLBACK, ivr.record(call).outcome());
    }

    @Test
    @DisplayName("no answer, congestion and unavailable are treated like busy")
    void otherDialFailuresOfferCallback() throws Exception {
        for (String status : List.of("noanswer", "congestion", "chanunavail")) {
            CallTranscript call = ivr.call("press 3; dial " + status + "; press 2");
            assertEquals(status.toUpperCase(), call.dialAttempts().get(0).status());
            assertEquals(Outcome.ENDED, ivr.record(call).outcome(), call::dialogue);
            assertTrue(ivr.record(call).path().stream().anyMatch(s -> s.node().equals("to-waste")
                    && s.event().equals("key") && "2".equals(s.input())), call::dialogue);
        }
        assertTrue(openCallbacks().isEmpty());
    }

    @Test
    @DisplayName("a withheld caller ID is never read out: the caller types the number to call back")
    void withheldCallerIdLeadsToTypedNumber() throws Exception {
        ivr.clock.set(RunningServer.WEDNESDAY_10H);

        CallTranscript call = ivr.call(ivr.call().withWithheldCallerId(), "press 4; press 1; press 0611223344#; press 1; speak "
                + MESSAGE);

        assertFalse(call.commands().stream().anyMatch(c -> c.contains("0612345678")), call::dialogue);
        assertEquals(List.of("0611223344"), openCallbacks().stream().map(Callback::number).toList(), call::dialogue);
    }

    @Test
    @DisplayName("the same caller asking twice for the same department gets one request, and is told so")
    void secondRequestIsNotDuplicated() throws Exception {
        ivr.clock.set(RunningServer.WEDNESDAY_10H);
        ivr.call("press 4; press 1; press 1; speak " + MESSAGE);

        CallTranscript second = ivr.call("press 4; press 1; press 1; speak " + MESSAGE);

        assertEquals(1, openCallbacks().size());
        assertTrue(second.recordings().isEmpty(), "no second message is recorded");
        CallRecord record = ivr.record(second);
        assertEquals(Outcome.CALLBACK, record.outcome());
        assertTrue(record.path().stream().anyMatch(s -> s.event().equals("callback-exists")), record.path()::toString);
    }

    @Test
    @DisplayName("a caller who declines the callback hears goodbye and the call ends")
    void declinedCallback() throws Exception {
        ivr.clock.set(RunningServer.WEDNESDAY_10H);
        CallTranscript call = ivr.call("press 4; press 2");
        assertTrue(openCallbacks().isEmpty());
        assertEquals(Outcome.ENDED, ivr.record(call).outcome());
        assertTrue(call.commands().contains("HANGUP"), call::dialogue);
    }

    @Test
    @DisplayName("key 0 in the callback offer reaches reception")
    void zeroInCallbackOfferReachesReception() throws Exception {
        ivr.clock.set(RunningServer.WEDNESDAY_10H);
        CallTranscript call = ivr.call("press 4; press 0");
        assertEquals("PJSIP/1000", call.dialAttempts().get(0).dialString(), call::dialogue);
        assertEquals("reception", ivr.record(call).department());
    }

    @Test
    @DisplayName("when Asterisk cannot write the message, the request is still stored, without a message")
    void unwritableMessageStillStoresTheRequest() throws Exception {
        ivr.clock.set(RunningServer.WEDNESDAY_10H);
        // a directory where the message file should go: Asterisk answers RECORD FILE with (writefile)
        Files.createDirectories(data.resolve("recordings/callback-1800000000.9.wav"));

        CallTranscript call = ivr.call(ivr.call().withUniqueId("1800000000.9"), "press 4; press 1; press 1; speak " + MESSAGE);

        assertTrue(call.lines().stream().anyMatch(l -> l.text().equals("200 result=-1 (writefile)")), call::dialogue);
        assertEquals(1, openCallbacks().size(), call::dialogue);
        assertNull(openCallbacks().get(0).messageFile());
        assertEquals(Outcome.CALLBACK, ivr.record(call).outcome());
        assertTrue(call.commands().contains("HANGUP"), "the IVR ended the call itself, after the confirmation");
    }

    @Test
    @DisplayName("a caller who presses # at once leaves no message: the request is stored without one")
    void callbackWithoutMessage() throws Exception {
        ivr.clock.set(RunningServer.WEDNESDAY_10H);
        ivr.call("press 4; press 1; press 1; press # after 0");
        assertNull(openCallbacks().get(0).messageFile());
    }
}
