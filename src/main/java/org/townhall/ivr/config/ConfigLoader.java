package org.townhall.ivr.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and validates a town hall YAML file; either a complete {@link TownHall} or every problem found. */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    public static TownHall load(Path file) throws InvalidConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigException(List.of(new ConfigProblem(new Location(file.toString(), 0), null,
                    "cannot read the file: " + e)));
        }
        return parse(text, file.toString());
    }

    public static TownHall parse(String text, String fileName) throws InvalidConfigException {
        Problems problems = new Problems(fileName);
        Optional<Node> root = compose(text, problems);
        Optional<TownHall> townHall = root.flatMap(r -> new TownHallReader(problems).read(r, version(text)));
        townHall.ifPresent(t -> new TownHallValidator(problems).validate(t));
        if (!problems.isEmpty() || townHall.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Location(fileName, 1), null, "the file is empty");
            }
            throw new InvalidConfigException(problems.list());
        }
        return townHall.get();
    }

    private static Optional<Node> compose(String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(4 * 1024 * 1024);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() : 0;
            problems.add(problems.at(line), null, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            problems.add(new Location(problems.file(), 0), null, "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String version(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
