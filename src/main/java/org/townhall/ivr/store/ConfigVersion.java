package org.townhall.ivr.store;

import java.time.Instant;

/**
 * One stored version of the town hall's YAML configuration. Versions are never changed: an edit is a new version.
 *
 * @param contentHash the short hash of the YAML that calls record as their {@code configVersion}
 * @param basedOn     the version this one was edited from, or {@code null}
 */
public record ConfigVersion(int number, String yaml, String contentHash, String author, Instant createdAt,
                            String comment, Integer basedOn, VersionOrigin origin) {
}
