package org.townhall.ivr.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * MaryTTS voice jars for tests, made from the English voice on the class path: same models, another name and locale, a
 * config class of its own compiled on the fly. No French voice is on Maven Central; such a relabelled voice speaks French
 * text with English models (it sounds wrong, but it goes through the whole French pipeline and the voices-directory
 * loading exactly as a real voice-upmc-pierre-hsmm jar would).
 */
final class FakeVoiceJars {
    private static final String SOURCE_PACKAGE = "CmuSltHsmm";
    private static final String SOURCE_NAME = "cmu-slt-hsmm";

    private FakeVoiceJars() {
    }

    /** The real cmu-slt-hsmm jar. */
    static Path englishVoiceJar() {
        try {
            return Path.of(marytts.voice.CmuSltHsmm.Config.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True if this JVM can compile (a JDK, as under Maven). */
    static boolean canCompile() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    /** Writes {@code jar}: cmu-slt-hsmm's models as voice {@code name} in package {@code marytts.voice.<camel>}, speaking {@code locale}. */
    static Path relabelled(Path jar, String name, String camel, String locale, Path work) throws IOException {
        Path classes = Files.createDirectories(work.resolve(camel + "-classes"));
        compileConfig(camel, classes, work);
        String from = "marytts/voice/" + SOURCE_PACKAGE + "/";
        String to = "marytts/voice/" + camel + "/";
        try (JarFile source = new JarFile(englishVoiceJar().toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "META-INF/services/marytts.config.MaryConfig",
                    ("marytts.voice." + camel + ".Config\n").getBytes(StandardCharsets.UTF_8));
            put(out, to + "Config.class", Files.readAllBytes(classes.resolve("marytts/voice/" + camel + "/Config.class")));
            for (Enumeration<JarEntry> entries = source.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                String entryName = entry.getName();
                if (!entryName.startsWith(from) || entry.isDirectory() || entryName.endsWith(".class")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = source.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entryName.endsWith("/voice.config")) {
                    bytes = new String(bytes, StandardCharsets.ISO_8859_1)
                            .replace(SOURCE_NAME, name).replace(SOURCE_PACKAGE, camel)
                            .replaceAll("(?m)^(locale|voice\\." + name + "\\.locale)\\s*=\\s*en_US", "$1 = " + locale)
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                put(out, to + entryName.substring(from.length()), bytes);
            }
        }
        return jar;
    }

    /** A jar that is no voice at all. */
    static Path notAVoice(Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void compileConfig(String camel, Path classes, Path work) throws IOException {
        Path source = work.resolve(camel + "-src/marytts/voice/" + camel + "/Config.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package marytts.voice." + camel + ";\n"
                + "public class Config extends marytts.config.VoiceConfig {\n"
                + "    public Config() throws marytts.exceptions.MaryConfigurationException {\n"
                + "        super(Config.class.getResourceAsStream(\"voice.config\"));\n"
                + "    }\n"
                + "}\n");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = compiler.getTask(errors, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-nowarn"),
                null, compiler.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile())).call();
        if (!ok) {
            throw new IOException("cannot compile the fake voice's config class: " + errors);
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }
}
