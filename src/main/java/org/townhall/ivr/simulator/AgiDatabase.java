package org.townhall.ivr.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Asterisk's AstDB, in memory, shared by the calls of one simulator. Keys are {@code /family/key}. */
final class AgiDatabase {

    private final Map<String, String> entries = new ConcurrentHashMap<>();

    void put(String family, String key, String value) {
        entries.put(path(family, key), value);
    }

    Optional<String> get(String family, String key) {
        return Optional.ofNullable(entries.get(path(family, key)));
    }

    boolean delete(String family, String key) {
        return entries.remove(path(family, key)) != null;
    }

    /** Deletes {@code /family} or {@code /family/keytree} and everything below; returns how many keys went. */
    int deleteTree(String family, String keytree) {
        String prefix = keytree == null || keytree.isEmpty() ? "/" + family : path(family, keytree);
        int[] count = {0};
        entries.keySet().removeIf(k -> {
            boolean match = k.equals(prefix) || k.startsWith(prefix + "/");
            if (match) {
                count[0]++;
            }
            return match;
        });
        return count[0];
    }

    private static String path(String family, String key) {
        return "/" + family + "/" + key;
    }
}
