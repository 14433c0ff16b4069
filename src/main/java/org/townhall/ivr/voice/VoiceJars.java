package org.townhall.ivr.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import marytts.config.VoiceConfig;

/**
 * The MaryTTS voice jars found in a voices directory, checked before MaryTTS sees them: a jar that MaryTTS would choke on
 * (no voice config, a language without text processing here, a missing model file, a name already taken) would stop
 * MaryTTS from starting at all, English included, so such jars are skipped with a reason instead.
 *
 * <p>How a jar is made visible to MaryTTS 5.2.1, which has no run-time voice loading of its own (its
 * {@code addJarsToClasspath} is disabled and its installer relies on the start script's class path):
 * <ol>
 * <li>MaryTTS finds voices with {@code ServiceLoader.load(MaryConfig.class)}, created once, with the thread's context
 * class loader, when {@code MaryConfig} is initialised: {@link MaryEngine} initialises it with {@link #classLoader}
 * as context class loader.</li>
 * <li>MaryTTS reads the model files named {@code jar:/…} in {@code voice.config} with its own class loader, which does
 * not see the jar (and its system-property override is broken: it tests {@code Properties.contains}, i.e. values):
 * {@link #relocateModelFiles} copies those files out of the jar and points the voice's live configuration at them.</li>
 * </ol>
 */
final class VoiceJars {
    private static final String SERVICE_FILE = "META-INF/services/marytts.config.MaryConfig";
    private static final String JAR_PREFIX = "jar:";

    /** A voice jar MaryTTS can load. */
    record Accepted(Path jar, String voiceName, Locale locale) {
    }

    /** A jar left out, and why; {@code language} is null when the jar says nothing usable about it. */
    record Skipped(Path jar, String language, String reason) {
    }

    private final List<Accepted> accepted;
    private final List<Skipped> skipped;

    private VoiceJars(List<Accepted> accepted, List<Skipped> skipped) {
        this.accepted = List.copyOf(accepted);
        this.skipped = List.copyOf(skipped);
    }

    /**
     * Looks at every {@code *.jar} directly in {@code directory} (a missing directory holds no voices).
     *
     * @param languages languages with text processing in this build
     * @param takenNames voice names already on the class path
     */
    static VoiceJars scan(Path directory, Set<String> languages, Set<String> takenNames, ClassLoader parent) {
        List<Accepted> accepted = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            Set<String> names = new HashSet<>(takenNames);
            for (Path jar : jarsIn(directory)) {
                try {
                    Accepted voice = inspect(jar, languages, parent);
                    if (!names.add(voice.voiceName())) {
                        skipped.add(new Skipped(jar, voice.locale().getLanguage(),
                                "a voice named '" + voice.voiceName() + "' is already loaded"));
                    } else {
                        accepted.add(voice);
                    }
                } catch (BadJar e) {
                    skipped.add(new Skipped(jar, e.language, e.getMessage()));
                }
            }
        }
        return new VoiceJars(accepted, skipped);
    }

    List<Accepted> accepted() {
        return accepted;
    }

    List<Skipped> skipped() {
        return skipped;
    }

    /** A loader over the accepted jars (the parent itself when there are none). Never closed: voices live as long as the JVM. */
    ClassLoader classLoader(ClassLoader parent) {
        if (accepted.isEmpty()) {
            return parent;
        }
        URL[] urls = accepted.stream().map(a -> url(a.jar())).toArray(URL[]::new);
        return new URLClassLoader("townhall-voices", urls, parent);
    }

    /**
     * For every voice config loaded by {@code voiceLoader}, copies each {@code jar:/…} file into {@code into} and rewrites
     * the property to the copy's path. Must run before MaryTTS starts (it loads voices at start-up).
     *
     * @return how many files were copied
     */
    static int relocateModelFiles(Iterable<VoiceConfig> configs, ClassLoader voiceLoader, Path into) throws IOException {
        int copied = 0;
        for (VoiceConfig config : configs) {
            if (config.getClass().getClassLoader() != voiceLoader) {
                continue;
            }
            Properties properties = config.getProperties();
            Path voiceDirectory = into.resolve(config.getName().replaceAll("[^A-Za-z0-9._-]", "_"));
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key).strip();
                if (!value.startsWith(JAR_PREFIX)) {
                    continue;
                }
                String resource = value.substring(JAR_PREFIX.length());
                Path copy = voiceDirectory.resolve(resource.replaceFirst("^/+", "")).normalize();
                if (!copy.startsWith(voiceDirectory)) {
                    throw new IOException("voice " + config.getName() + ": resource path leaves its directory: " + value);
                }
                if (!Files.exists(copy)) {
                    try (InputStream in = config.getClass().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IOException("voice " + config.getName() + ": " + key + " names " + value
                                    + ", which is not in its jar");
                        }
                        Files.createDirectories(copy.getParent());
                        Files.copy(in, copy);
                        copied++;
                    }
                }
                properties.setProperty(key, copy.toString());
            }
        }
        return copied;
    }

    private static List<Path> jarsIn(Path directory) {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list voices directory " + directory, e);
        }
        jars.sort(null);
        return jars;
    }

    private static Accepted inspect(Path jar, Set<String> languages, ClassLoader parent) throws BadJar {
        String configClass;
        Properties voiceConfig;
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry service = file.getJarEntry(SERVICE_FILE);
            if (service == null) {
                throw new BadJar(null, "not a MaryTTS voice jar (no " + SERVICE_FILE + ")");
            }
            configClass = firstClassName(read(file, service));
            if (configClass == null || !configClass.contains(".")) {
                throw new BadJar(null, SERVICE_FILE + " names no config class");
            }
            String configPath = configClass.substring(0, configClass.lastIndexOf('.')).replace('.', '/') + "/voice.config";
            JarEntry entry = file.getJarEntry(configPath);
            if (entry == null) {
                throw new BadJar(null, "no " + configPath + " in the jar");
            }
            voiceConfig = new Properties();
            try (InputStream in = file.getInputStream(entry)) {
                voiceConfig.load(in);
            }
            String name = voiceConfig.getProperty("name", "").strip();
            String localeName = voiceConfig.getProperty("locale", "").strip();
            if (name.isEmpty() || localeName.isEmpty()) {
                throw new BadJar(null, configPath + " lacks 'name' or 'locale'");
            }
            Locale locale = Locale.forLanguageTag(localeName.replace('_', '-'));
            String language = locale.getLanguage();
            if (!languages.contains(language)) {
                throw new BadJar(language, "voice '" + name + "' speaks '" + localeName
                        + "', which has no MaryTTS text processing in this build (only " + languages + ")");
            }
            for (String key : voiceConfig.stringPropertyNames()) {
                String value = voiceConfig.getProperty(key).strip();
                if (value.startsWith(JAR_PREFIX) && file.getJarEntry(value.substring(JAR_PREFIX.length()).replaceFirst("^/+", "")) == null) {
                    throw new BadJar(language, "voice '" + name + "': " + key + " names " + value + ", which is not in the jar");
                }
            }
            checkConfigClass(jar, configClass, name, language, parent);
            return new Accepted(jar, name, locale);
        } catch (IOException e) {
            throw new BadJar(null, "unreadable jar: " + e.getMessage());
        }
    }

    /**
     * Loads (without initialising: that would initialise {@code MaryConfig} too early) the voice's config class in a
     * throw-away loader, and checks it is what MaryTTS's ServiceLoader will need.
     */
    private static void checkConfigClass(Path jar, String configClass, String name, String language, ClassLoader parent)
            throws BadJar, IOException {
        try (URLClassLoader probe = new URLClassLoader(new URL[] {url(jar)}, parent)) {
            Class<?> type = Class.forName(configClass, false, probe);
            if (!VoiceConfig.class.isAssignableFrom(type)) {
                throw new BadJar(language, "voice '" + name + "': " + configClass + " is not a MaryTTS VoiceConfig");
            }
            type.getConstructor();
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadJar(language, "voice '" + name + "': cannot load " + configClass + ": " + cause);
        }
    }

    private static String read(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstClassName(String serviceFile) {
        for (String line : serviceFile.split("\\R")) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        return null;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a usable path: " + jar, e);
        }
    }

    private static final class BadJar extends Exception {
        private static final long serialVersionUID = 1L;
        private final String language;

        BadJar(String language, String reason) {
            super(reason);
            this.language = language;
        }
    }
}
