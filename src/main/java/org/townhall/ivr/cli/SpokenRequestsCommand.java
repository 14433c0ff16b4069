package org.townhall.ivr.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.townhall.ivr.engine.SpokenRequests;
import org.townhall.ivr.store.CallQuery;
import org.townhall.ivr.store.CallRecord;
import org.townhall.ivr.store.sqlite.SqliteCallStore;
import org.townhall.ivr.store.sqlite.SqliteDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spoken-requests}: the callers' own words the spoken menu missed, as a requests file for phrase-check. */
@Command(name = "spoken-requests", mixinStandardHelpOptions = true,
        description = {"Print what callers said that the spoken menu did not route by itself, with the department "
                + "they then chose (a yes to the confirmation, or a key), one 'language<TAB>department<TAB>words' line "
                + "each: the input of 'phrase-check', and of new phrases and example requests (a department's "
                + "examples:).",
                "  townhall-ivr spoken-requests > requests.tsv && townhall-ivr phrase-check --set requests.tsv"})
final class SpokenRequestsCommand extends DataDirectoryOption implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "1000", description = "the latest calls to read, 1–1000 (default: "
            + "${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            System.err.println("townhall-ivr spoken-requests: --limit must be between 1 and 1000, not " + limit);
            return 2;
        }
        try (SqliteDatabase db = openDatabase()) {
            SqliteCallStore store = new SqliteCallStore(db);
            List<CallRecord> calls = store.calls(CallQuery.latest(limit));
            System.out.println("# language\texpected\ttext -- from " + calls.size() + " call(s) in " + data);
            List<CallRecord> oldestFirst = new java.util.ArrayList<>(calls);
            java.util.Collections.reverse(oldestFirst);
            for (CallRecord summary : oldestFirst) {
                // the list holds summaries; the steps come with each call
                CallRecord call = store.call(summary.id()).orElse(summary);
                for (SpokenRequests.Request r : SpokenRequests.of(call)) {
                    // a caller's words never break the file: tabs and line breaks become spaces
                    System.out.println(r.language() + "\t" + r.department() + "\t" + r.said().replaceAll("\\s+", " "));
                }
            }
        }
        return 0;
    }
}
