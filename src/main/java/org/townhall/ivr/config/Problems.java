package org.townhall.ivr.config;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file so that a supervisor sees all of them at once. */
final class Problems {
    private final String file;
    private final List<ConfigProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    Location at(int zeroBasedLine) {
        return new Location(file, zeroBasedLine + 1);
    }

    void add(Location location, String nodeId, String message) {
        list.add(new ConfigProblem(location, nodeId, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ConfigProblem> list() {
        return List.copyOf(list);
    }
}
