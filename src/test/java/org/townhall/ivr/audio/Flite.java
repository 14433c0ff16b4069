package org.townhall.ivr.audio;

import java.io.IOException;
import java.nio.file.Path;

/**
 * flite (Debian), a speech synthesizer independent of the project's MaryTTS, with other speakers: its male voices
 * ("rms", "awb") say what a test's caller says.
 */
public final class Flite {
    private Flite() {
    }

    public static boolean installed() {
        return ExternalTool.runs("flite", "-lv");
    }

    /** {@code text} said by {@code voice}, as a WAV file at {@code out} (flite's rate; our WAV reader converts it). */
    public static Path say(String voice, String text, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("flite", "-voice", voice, "-t", text, "-o", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("flite failed on '" + text + "': " + output);
        }
        return out;
    }
}
