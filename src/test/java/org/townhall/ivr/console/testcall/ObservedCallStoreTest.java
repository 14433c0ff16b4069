package org.townhall.ivr.console.testcall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.engine.HeardAnswer;
import org.townhall.ivr.store.CallStart;
import org.townhall.ivr.store.CallStep;
import org.townhall.ivr.store.sqlite.SqliteCallStore;
import org.townhall.ivr.store.sqlite.SqliteDatabase;

/** The test-call dialogue shows what each spoken answer was taken for. */
class ObservedCallStoreTest {
    @TempDir
    Path data;

    @Test
    @DisplayName("a spoken answer decided by meaning shows its department, its score and 'by meaning'")
    void answerByMeaningShowsItsDepartment() throws Exception {
        Dialogue dialogue = new Dialogue();
        try (SqliteDatabase db = SqliteDatabase.open(data)) {
            ObservedCallStore store = new ObservedCallStore(new SqliteCallStore(db), dialogue,
                    ConfigLoader.load(Path.of("config/townhall.yaml")));
            Instant t0 = Instant.parse("2026-12-01T09:00:00Z");
            String id = store.callStarted(new CallStart("1.1", null, null, "Web/test", "en", t0, "v1"));
            store.stepTaken(id, new CallStep(t0, "main", HeardAnswer.EVENT,
                    new HeardAnswer("it's pitch black on our road at night", "roads", 0.47, true).input()));
        }
        DialogueLine line = dialogue.since(0).lines().get(0);
        assertEquals("roads", line.target());
        assertEquals("it's pitch black on our road at night", line.input());
        assertEquals("0.47 by meaning", line.text());
    }
}
