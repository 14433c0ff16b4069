package org.townhall.ivr.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.audio.WavFile;
import org.townhall.ivr.voice.SpeechSynthesizer;
import org.townhall.ivr.voice.TelephoneAudio;
import org.townhall.ivr.voice.SynthesisException;

/**
 * Renders every prompt text of a town hall into {@code <dir>/<lang>/<prompt-id>.wav} (8 kHz telephone audio).
 * A file that this renderer did not write is a recording made by a person: it is never overwritten. Rendered
 * files are listed, with a hash of their text and voice, in {@code <dir>/<lang>/.rendered}: only prompts whose text
 * changed are rendered again, and prompts gone from the configuration are removed. The same list feeds a
 * {@code .gitignore} there, so recordings are committed and rendered audio is not.
 */
public final class PromptRenderer {
    private static final Logger log = LoggerFactory.getLogger(PromptRenderer.class);
    static final String MANIFEST = ".rendered";
    /** Bump when the rendering itself changes (voice settings, loudness), to render everything again. */
    private static final String RENDERING_VERSION = "maryTTS-5.2.1/1";

    private final Path directory;
    private final SpeechSynthesizer synthesizer;

    public PromptRenderer(Path directory, SpeechSynthesizer synthesizer) {
        this.directory = directory;
        this.synthesizer = synthesizer;
    }

    /** What a rendering did, per language. */
    public record Report(List<String> rendered, List<String> unchanged, List<String> recorded, List<String> converted,
                         List<String> removed, List<String> failed, List<String> noVoice) {
        public String summary() {
            return rendered.size() + " rendered, " + unchanged.size() + " unchanged, " + recorded.size() + " recorded"
                    + (converted.isEmpty() ? "" : " (" + converted.size() + " converted to 8 kHz mono)") + ", "
                    + removed.size() + " removed, " + failed.size() + " failed, " + noVoice.size()
                    + " without a voice or a recording";
        }
    }

    public Report render(TownHall townHall) throws IOException {
        Report report = new Report(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String language : townHall.languages()) {
            renderLanguage(townHall, language, report);
        }
        log.info("prompts in {}: {}", directory.toAbsolutePath(), report.summary());
        return report;
    }

    private void renderLanguage(TownHall townHall, String language, Report report) throws IOException {
        Path dir = directory.resolve(language);
        Files.createDirectories(dir);
        Properties manifest = load(dir.resolve(MANIFEST));
        boolean voice = synthesizer.languages().contains(language);
        TreeSet<String> current = new TreeSet<>();
        for (Prompt prompt : townHall.allPrompts()) {
            String text = prompt.text(language).orElse(null);
            if (text == null || !current.add(prompt.id())) {
                continue;
            }
            String name = language + "/" + prompt.id();
            Path file = dir.resolve(prompt.id() + ".wav");
            boolean rendered = manifest.containsKey(prompt.id());
            if (!rendered && hasRecording(dir, prompt.id())) {
                report.recorded().add(name);
                fitForTelephone(file, name, report);
                continue;
            }
            String hash = hash(text);
            if (rendered && hash.equals(manifest.getProperty(prompt.id())) && Files.exists(file)) {
                report.unchanged().add(name);
                continue;
            }
            if (!voice) {
                report.noVoice().add(name);
                continue;
            }
            try {
                synthesizer.synthesize(text, language).writeWav(file);
                manifest.setProperty(prompt.id(), hash);
                report.rendered().add(name);
            } catch (SynthesisException e) {
                log.error("prompt '{}' ({}) could not be rendered: {}", prompt.id(), language, e.getMessage());
                report.failed().add(name);
            }
        }
        for (String id : new TreeSet<>(manifest.stringPropertyNames())) {
            if (!current.contains(id)) {
                Files.deleteIfExists(dir.resolve(id + ".wav"));
                manifest.remove(id);
                report.removed().add(language + "/" + id);
            }
        }
        save(dir, manifest);
    }

    /**
     * Asterisk's {@code wav} format plays 8 kHz 16-bit mono PCM only: a recording in another WAV variant (a recorder
     * app's 44.1 kHz stereo, an editor's 24-bit) is converted in place, its original kept in {@code originals/}
     * beside it. One that cannot be read is reported and left as it is.
     */
    private static void fitForTelephone(Path file, String name, Report report) throws IOException {
        if (!Files.isRegularFile(file)) {
            return; // recorded in another format (.sln, .ulaw…): Asterisk plays those as they are
        }
        WavFile.Info info;
        short[] samples;
        try {
            info = WavFile.info(file);
            if (info.isTelephoneWav()) {
                return;
            }
            samples = WavFile.read8k(file);
            if (samples.length == 0) {
                throw new IOException(file + ": no audio in it");
            }
        } catch (IOException e) {
            log.error("recorded prompt cannot be played: {}", e.getMessage());
            report.failed().add(name);
            return;
        }
        Path original = file.resolveSibling(ORIGINALS).resolve(file.getFileName());
        Files.createDirectories(original.getParent());
        Files.copy(file, original, StandardCopyOption.REPLACE_EXISTING);
        TelephoneAudio.ofSamples(samples).writeWav(file);
        log.info("recorded prompt {} was {}: converted to 8 kHz 16-bit mono, the original kept in {}", file,
                info.describe(), original);
        report.converted().add(name);
    }

    /** Where recordings converted for the telephone keep their original, beside the prompts of their language. */
    static final String ORIGINALS = "originals";

    private static boolean hasRecording(Path dir, String id) {
        return PromptLibrary.EXTENSIONS.stream().anyMatch(ext -> Files.isRegularFile(dir.resolve(id + "." + ext)));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((RENDERING_VERSION + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        return p;
    }

    private static void save(Path dir, Properties manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(MANIFEST))) {
            manifest.store(out, "prompts rendered by townhall-ivr (prompt id = hash of text and voice); do not edit");
        }
        StringBuilder ignore = new StringBuilder("# rendered by townhall-ivr prompts build: not committed\n")
                .append(".gitignore\n").append(MANIFEST).append('\n');
        new TreeSet<>(manifest.stringPropertyNames()).forEach(id -> ignore.append(id).append(".wav\n"));
        Files.writeString(dir.resolve(".gitignore"), ignore.toString());
    }
}
