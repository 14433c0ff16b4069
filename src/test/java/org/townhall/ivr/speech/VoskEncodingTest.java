package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Words cross to Vosk and back (grammars, transcripts) as UTF-8 whatever the server's locale. */
class VoskEncodingTest {
    /** Run in a JVM of its own: loads the speech models as a server does, then says how JNA passes strings. */
    public static void main(String[] args) {
        try (SpeechModels models = SpeechModels.load(Path.of("models"), List.of())) {
            System.out.print(com.sun.jna.Native.getDefaultStringEncoding());
        }
    }

    @Test
    @DisplayName("under the POSIX locale a systemd service gets, French words still reach Vosk in UTF-8")
    void utf8UnderThePosixLocale() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), VoskEncodingTest.class.getName());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String encoding = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals("UTF-8", encoding);
        assertEquals(0, process.exitValue());
    }
}
