package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.Outcome;

/** A caller hanging up at any kind of step leaves a closed, correct record, and the server closes the socket. */
class CallerHangupTest {
    @TempDir
    Path data;
    RunningServer ivr;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        ivr.clock.set(RunningServer.WEDNESDAY_10H);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "during the welcome (say)              | hangup                                  | hung-up  |",
            "during the menu prompt                | hangup during stream file               | hung-up  |",
            "while the menu waits for a key        | hangup during wait for digit            | hung-up  |",
            "during the reprompt after silence     | silence; hangup                         | hung-up  |",
            "during the transfer announcement      | press 2; hangup                         | hung-up  | roads",
            "while the department rings            | press 2; hangup during exec             | hung-up  | roads",
            "during the callback offer             | press 4; hangup during stream file      | hung-up  | planning",
            "while the number is read back         | press 4; press 1; hangup during say     | hung-up  | planning",
            "while typing the number (withheld id) | press 4; press 1; hangup during get data| hung-up  | planning",
            "while leaving the message             | press 4; press 1; press 1; hangup during record file after 2000 | callback | planning",
            "while the reference number is read    | press 4; press 1; press 1; press # after 1500; hangup during say number | callback | planning",
    })
    @DisplayName("a caller hanging up")
    void callerHangsUp(String when, String script, String outcome, String department) throws Exception {
        var setup = when.contains("withheld") ? ivr.call().withWithheldCallerId() : ivr.call();

        CallTranscript call = ivr.call(setup, script);

        assertTrue(call.callerHungUp(), call::dialogue);
        assertTrue(call.serverClosed(), () -> "the server must close the socket after HANGUP\n" + call.dialogue());
        CallRecord record = ivr.record(call);
        assertNotNull(record.endedAt(), "the record is closed");
        assertEquals(Outcome.ofCode(outcome), record.outcome(), call::dialogue);
        assertEquals(department, record.department());
        assertEquals(0, ivr.server.activeCallCount(), "no call is left running");
    }
}
