package org.townhall.ivr.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.townhall.ivr.app.RunningServer;

/**
 * For each test, a real server on its own data directory and a real headless Chromium on its own profile, closed
 * and removed afterwards: {@code @RegisterExtension final ConsoleInBrowser console = new ConsoleInBrowser();}.
 */
public final class ConsoleInBrowser implements BeforeEachCallback, AfterEachCallback {
    public Path data;
    public RunningServer ivr;
    public Browser browser;
    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("townhall-data");
        profile = Files.createTempDirectory("townhall-chromium");
        ivr = new RunningServer(data);
        browser = new Browser(ivr.baseUrl(), profile);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (ivr != null) {
                ivr.close();
            }
            delete(profile);
            delete(data);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
