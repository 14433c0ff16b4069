package org.townhall.ivr.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** sox, an encoder independent of ours, to write real recordings in the WAV variants town halls have. */
public final class Sox {
    private Sox() {
    }

    public static boolean installed() {
        return ExternalTool.runs("sox", "--version");
    }

    /** {@code sox in [options] out}; fails the test when sox does. */
    public static Path convert(Path in, Path out, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(in.toString()));
        command.addAll(List.of(options));
        command.add(out.toString());
        return run(out, command);
    }

    /** {@code sox in out effects…} (e.g. {@code pad 6 0}: six seconds of silence first). */
    public static Path withEffects(Path in, Path out, String... effects) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(in.toString(), out.toString()));
        command.addAll(List.of(effects));
        return run(out, command);
    }

    private static Path run(Path out, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sox"));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), command + ": " + output);
        return out;
    }
}
