package org.townhall.ivr.voice;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import marytts.LocalMaryInterface;
import marytts.config.MaryConfig;
import marytts.config.VoiceConfig;
import marytts.modules.synthesis.Voice;
import marytts.server.Mary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * MaryTTS inside this JVM. MaryTTS is a process-wide singleton (static registries, started once, never restartable), so
 * this class is too: {@link #start} starts it on first use and hands the same engine to every later caller with the
 * same voices directory.
 *
 * <p>Threads: MaryTTS's text analysis is not thread-safe (its number expanders share one ICU formatter and switch its
 * rule set per call; modules start lazily without locking), so text → acoustic parameters runs under {@link #analysisLock}.
 * That part is about 5% of the work; acoustic parameters → audio (HMM parameter generation and vocoder, per-request
 * objects) runs in parallel.
 */
final class MaryEngine {
    private static final Logger log = LoggerFactory.getLogger(MaryEngine.class);

    static final String ENGLISH_VOICE = "cmu-slt-hsmm";
    /** Languages with MaryTTS text processing in this build (marytts-lang-en, marytts-lang-fr). */
    static final Set<String> LANGUAGES = Set.of("en", "fr");

    private static final long LOCK_TIMEOUT_SECONDS = 60;
    private static MaryEngine running;
    /** Why MaryTTS failed to start, if it did: it cannot be started again in this process. */
    private static String startFailure;

    private final Path voicesDirectory;
    private final Map<String, Voice> voices;
    private final List<VoiceJars.Skipped> skipped;
    private final ReentrantLock analysisLock = new ReentrantLock(true);

    private MaryEngine(Path voicesDirectory, Map<String, Voice> voices, List<VoiceJars.Skipped> skipped) {
        this.voicesDirectory = voicesDirectory;
        this.voices = voices;
        this.skipped = skipped;
    }

    /**
     * Starts MaryTTS with the voice jars of {@code voicesDirectory}, or returns the engine already running with the same
     * directory.
     *
     * @throws IllegalStateException if MaryTTS already runs in this process with other voices, or was started by other
     *         code, or cannot start
     */
    static synchronized MaryEngine start(Path voicesDirectory) {
        Path directory = voicesDirectory.toAbsolutePath().normalize();
        ClassLoader own = MaryEngine.class.getClassLoader();
        if (running != null) {
            return running.join(directory, own);
        }
        if (startFailure != null) {
            throw new IllegalStateException("MaryTTS failed to start earlier in this process and cannot be started again: "
                    + startFailure);
        }
        if (Mary.currentState() != Mary.STATE_OFF) {
            throw new IllegalStateException("MaryTTS was started in this process by other code; "
                    + "MaryTtsSynthesizer must be the one to start it");
        }
        long started = System.nanoTime();
        MaryLogging.routeToSlf4j();
        configureMaryProperties(directory);

        VoiceJars jars = VoiceJars.scan(directory, LANGUAGES, Set.of(ENGLISH_VOICE), own);
        for (VoiceJars.Skipped s : jars.skipped()) {
            log.warn("voices: skipped {}: {}", s.jar(), s.reason());
        }
        ClassLoader voiceLoader = jars.classLoader(own);
        initialiseMaryConfig(voiceLoader, own);
        List<VoiceJars.Skipped> skipped = new ArrayList<>(jars.skipped());
        checkVoicesVisible(jars, skipped);
        if (voiceLoader != own) {
            relocateModelFiles(voiceLoader);
        }
        try {
            Mary.startup(false);
        } catch (Exception e) {
            String hint = jars.accepted().isEmpty() ? "" : " (with the voice jars " + jars.accepted().stream()
                    .map(a -> a.jar().getFileName().toString()).toList() + " of " + directory
                    + ": a broken voice jar stops MaryTTS, remove it)";
            startFailure = "MaryTTS could not start" + hint + ": " + firstMessage(e);
            throw new IllegalStateException(startFailure, e);
        }
        Map<String, Voice> voices = voicesByLanguage();
        long millis = (System.nanoTime() - started) / 1_000_000;
        running = new MaryEngine(directory, voices, List.copyOf(skipped));
        Map<String, String> names = new TreeMap<>();
        voices.forEach((language, voice) -> names.put(language, voice.getName()));
        log.info("MaryTTS started in {} ms; voices {}; voice jars from {}", millis, names, directory);
        return running;
    }

    /**
     * A second synthesizer may share the running MaryTTS if its voices directory brings no voice that is not loaded
     * already (typically: the same directory, or one without voices).
     */
    private MaryEngine join(Path directory, ClassLoader own) {
        if (directory.equals(voicesDirectory)) {
            return this;
        }
        Set<String> loaded = new HashSet<>();
        for (Voice voice : Voice.getAvailableVoices()) {
            loaded.add(voice.getName());
        }
        List<String> missing = VoiceJars.scan(directory, LANGUAGES, Set.of(), own).accepted().stream()
                .map(VoiceJars.Accepted::voiceName).filter(name -> !loaded.contains(name)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("MaryTTS already runs in this process with voices from " + voicesDirectory
                    + " and cannot be restarted to load " + missing + " from " + directory
                    + ": use one MaryTtsSynthesizer per process");
        }
        log.info("MaryTTS already runs with voices from {}; sharing it (nothing new in {})", voicesDirectory, directory);
        return this;
    }

    /** The voice for a language ("en", "fr"), or null. */
    Voice voice(String language) {
        return voices.get(language);
    }

    Set<String> languagesWithVoice() {
        return voices.keySet();
    }

    List<VoiceJars.Skipped> skipped() {
        return skipped;
    }

    /** Text → MaryXML with acoustic parameters (durations, F0): MaryTTS's non-thread-safe part, one caller at a time. */
    Document analyse(String text, Voice voice) throws Exception {
        if (!analysisLock.tryLock(LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("text analysis busy for more than " + LOCK_TIMEOUT_SECONDS + " s");
        }
        try {
            LocalMaryInterface mary = new LocalMaryInterface();
            mary.setVoice(voice.getName());
            mary.setInputType("TEXT");
            mary.setOutputType("ACOUSTPARAMS");
            return mary.generateXML(text);
        } finally {
            analysisLock.unlock();
        }
    }

    /** Acoustic parameters → the voice's own PCM (mono, 16-bit, its native rate); thread-safe. */
    Pcm render(Document acoustParams, Voice voice) throws Exception {
        LocalMaryInterface mary = new LocalMaryInterface();
        mary.setVoice(voice.getName());
        mary.setInputType("ACOUSTPARAMS");
        mary.setOutputType("AUDIO");
        try (AudioInputStream audio = mary.generateAudio(acoustParams)) {
            return Pcm.readFully(audio);
        }
    }

    /** Mono 16-bit samples at a given rate. */
    record Pcm(short[] samples, int sampleRate) {
        static Pcm readFully(AudioInputStream audio) throws IOException {
            AudioFormat format = audio.getFormat();
            AudioFormat wanted = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, format.getSampleRate(), 16,
                    format.getChannels(), format.getChannels() * 2, format.getSampleRate(), false);
            AudioInputStream stream = format.matches(wanted) ? audio : AudioSystem.getAudioInputStream(wanted, audio);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);           // one read() is not enough: MaryTTS streams in chunks
            short[] interleaved = new short[bytes.size() / 2];
            ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(interleaved);
            int channels = Math.max(1, format.getChannels());
            short[] mono = new short[interleaved.length / channels];
            for (int i = 0; i < mono.length; i++) {
                int sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += interleaved[i * channels + c];
                }
                mono[i] = (short) (sum / channels);
            }
            return new Pcm(mono, Math.round(format.getSampleRate()));
        }
    }

    private static void configureMaryProperties(Path directory) {
        // modules start on first use instead of all at start-up (JTokeniser, whose library is missing, is never used)
        System.setProperty("server", "commandline");
        String ours = LANGUAGES.stream().sorted()
                .map(l -> TokenizerModule.class.getName() + "(" + l + ")")
                .reduce((a, b) -> a + " " + b).orElseThrow();
        String existing = System.getProperty("modules.classes.list", "");
        if (!existing.contains(TokenizerModule.class.getName())) {
            System.setProperty("modules.classes.list", (ours + " " + existing).strip());
        }
        // MaryTTS's base directory (user dictionaries, its cache if enabled) is the voices directory, never the
        // working directory
        System.setProperty("mary.base", directory.toString());
    }

    /** Creates MaryTTS's ServiceLoader of configurations with the voice jars' loader as context class loader. */
    private static void initialiseMaryConfig(ClassLoader voiceLoader, ClassLoader own) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(voiceLoader);
        try {
            Class.forName(MaryConfig.class.getName(), true, own);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("MaryTTS is not on the class path", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void checkVoicesVisible(VoiceJars jars, List<VoiceJars.Skipped> skipped) {
        Set<String> seen = new HashSet<>();
        for (VoiceConfig config : MaryConfig.getVoiceConfigs()) {
            seen.add(config.getName());
        }
        for (VoiceJars.Accepted voice : jars.accepted()) {
            if (!seen.contains(voice.voiceName())) {
                String reason = "MaryTTS did not see voice '" + voice.voiceName()
                        + "': its configuration was loaded before MaryTtsSynthesizer started it";
                log.error("voices: {}: {}", voice.jar(), reason);
                skipped.add(new VoiceJars.Skipped(voice.jar(), voice.locale().getLanguage(), reason));
            }
        }
    }

    private static void relocateModelFiles(ClassLoader voiceLoader) {
        try {
            Path copies = Files.createTempDirectory("townhall-voices-");
            int count = VoiceJars.relocateModelFiles(MaryConfig.getVoiceConfigs(), voiceLoader, copies);
            deleteOnExit(copies);
            log.debug("voices: {} model files copied out of their jars into {}", count, copies);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy voice model files out of their jars", e);
        }
    }

    /** Registers a tree for deletion at exit: parents first, so the JVM (which deletes in reverse order) empties them first. */
    private static void deleteOnExit(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.comparingInt(Path::getNameCount)).map(Path::toFile).forEach(File::deleteOnExit);
        }
    }

    private static Map<String, Voice> voicesByLanguage() {
        Map<String, Voice> voices = new LinkedHashMap<>();
        Voice english = Voice.getVoice(ENGLISH_VOICE);
        if (english == null) {
            throw new IllegalStateException("MaryTTS started without its English voice " + ENGLISH_VOICE
                    + " (de.dfki.mary:voice-cmu-slt-hsmm missing from the class path?)");
        }
        voices.put("en", english);
        Voice.getAvailableVoices().stream()
                .filter(v -> v.getLocale() != null && "fr".equals(v.getLocale().getLanguage()))
                .min(Comparator.comparing(Voice::getName))
                .ifPresent(v -> voices.put("fr", v));
        return Map.copyOf(voices);
    }

    /** The outermost message and, if different, the innermost one: "Problem starting module Synthesis: no file …". */
    static String firstMessage(Throwable t) {
        String outer = null;
        String inner = null;
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            String message = c.getMessage() == null ? null : c.getMessage().strip().lines().findFirst().orElse(null);
            if (message != null && !message.isBlank()) {
                if (outer == null) {
                    outer = message;
                }
                inner = message;
            }
        }
        if (outer == null) {
            return t.getClass().getName();
        }
        return outer.equals(inner) ? outer : outer + ": " + inner;
    }

    @Override
    public String toString() {
        return "MaryEngine[voices " + voices.keySet() + " from " + voicesDirectory + "]";
    }
}
