package org.townhall.ivr.cli;

import java.nio.file.Path;
import org.townhall.ivr.store.sqlite.SqliteDatabase;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the server's data directory, for commands that work on its database. */
abstract class DataDirectoryOption {
    @Option(names = "--data", defaultValue = "data", description = "the server's data directory (default: ${DEFAULT-VALUE})")
    Path data;

    /** The server's database (created and migrated if needed); the caller closes it. */
    SqliteDatabase openDatabase() {
        return SqliteDatabase.open(data);
    }
}
