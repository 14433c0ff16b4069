package org.townhall.ivr.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The versions of the configuration and the history of their publication. */
public interface ConfigVersionStore {
    ConfigVersion add(NewConfigVersion version, Instant now);

    Optional<ConfigVersion> version(int number);

    /** Every version, newest first. */
    List<ConfigVersion> versions();

    /** The newest version that came from {@code origin}. */
    Optional<ConfigVersion> latest(VersionOrigin origin);

    /** Records that {@code number} is live from now on; throws {@link IllegalArgumentException} for an unknown one. */
    Publication publish(int number, String by, Instant now);

    /** The last publication, i.e. the live version; empty before the first one. */
    Optional<Publication> live();

    /** Every publication, newest first. */
    List<Publication> publications();
}
