package org.townhall.ivr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo town hall inside the jar, so that {@code serve} runs with no file at all. */
final class DemoTownHall {
    private static final Logger log = LoggerFactory.getLogger(DemoTownHall.class);
    static final Path PROJECT_FILE = Path.of("config", "townhall.yaml");

    private DemoTownHall() {
    }

    /** {@code config/townhall.yaml} when run from the project, else the demo copied once to {@code <data>/townhall.yaml}. */
    static Path defaultFile(Path data) throws IOException {
        if (Files.isRegularFile(PROJECT_FILE)) {
            return PROJECT_FILE;
        }
        Path copy = data.resolve("townhall.yaml");
        if (!Files.exists(copy)) {
            Files.createDirectories(data);
            try (InputStream in = DemoTownHall.class.getResourceAsStream("/demo/townhall.yaml")) {
                if (in == null) {
                    throw new IOException("the demo town hall is missing from the jar (rebuild with mvn package)");
                }
                Files.copy(in, copy);
            }
            log.info("no {} here: using the demo town hall, copied to {} (edit it, or pass --config)", PROJECT_FILE, copy);
        }
        return copy;
    }
}
