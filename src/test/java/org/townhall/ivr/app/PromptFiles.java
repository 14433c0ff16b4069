package org.townhall.ivr.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.TownHall;

/** Writes a short WAV (8 kHz, 16-bit, mono, a quiet tone) for every prompt, so calls play real files. */
final class PromptFiles {
    private PromptFiles() {
    }

    static void writeAll(Path config, Path directory) throws Exception {
        TownHall townHall = ConfigLoader.load(config);
        for (String language : townHall.languages()) {
            Files.createDirectories(directory.resolve(language));
            for (Prompt prompt : townHall.allPrompts()) {
                write(directory.resolve(language).resolve(prompt.id() + ".wav"), 4000);
            }
        }
    }

    static void write(Path file, int samples) throws IOException {
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (2000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(wav.array());
        }
    }
}
