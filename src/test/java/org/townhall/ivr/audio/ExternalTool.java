package org.townhall.ivr.audio;

import java.io.IOException;

/** Whether a program the tests use (sox, flite) is installed: it runs and exits 0. */
final class ExternalTool {
    private ExternalTool() {
    }

    static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
