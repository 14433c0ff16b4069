package org.townhall.ivr.console;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.store.AuditLog;
import org.townhall.ivr.store.ConfigVersion;
import org.townhall.ivr.store.ConfigVersionStore;
import org.townhall.ivr.store.NewConfigVersion;
import org.townhall.ivr.store.Publication;
import org.townhall.ivr.store.VersionOrigin;

/**
 * The versions of the menu configuration: save (validated, never live at once), publish (the server's live
 * configuration is swapped: calls in progress keep the version they started with), roll back, compare.
 */
public final class ConfigVersions {
    private static final Logger log = LoggerFactory.getLogger(ConfigVersions.class);

    /** Version that does not exist. */
    public static final class UnknownVersionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownVersionException(int number) {
            super("no configuration version " + number);
        }
    }

    /** A publish or roll back that makes no sense now (e.g. the version is already live). */
    public static final class VersionConflictException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VersionConflictException(String message) {
            super(message);
        }
    }

    private final ConfigVersionStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<TownHall> live;
    private final Map<Integer, TownHall> parsed = new ConcurrentHashMap<>();
    private final Object publishing = new Object();
    private final java.util.function.Consumer<TownHall> beforeLive;

    public ConfigVersions(ConfigVersionStore store, AuditLog audit, Clock clock, AtomicReference<TownHall> live) {
        this(store, audit, clock, live, townHall -> { });
    }

    /**
     * @param beforeLive runs on a version about to be published, before any call can take it: e.g. renders the
     *                   prompts whose text changed, so new calls hear the new words
     */
    public ConfigVersions(ConfigVersionStore store, AuditLog audit, Clock clock, AtomicReference<TownHall> live,
                          java.util.function.Consumer<TownHall> beforeLive) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.live = live;
        this.beforeLive = beforeLive;
    }

    /**
     * At start-up: the first run imports {@code fileText} as version 1 and publishes it; a file changed since its
     * last import is imported and published (people still edit the YAML and restart); otherwise the version last
     * published (e.g. from the console) stays live. Returns the live configuration, also set in the live reference.
     */
    public TownHall startUp(String fileText, String fileName) throws InvalidConfigException {
        TownHall fromFile = ConfigLoader.parse(fileText, fileName);
        Optional<ConfigVersion> lastFile = store.latest(VersionOrigin.FILE);
        Optional<Publication> published = store.live();
        if (lastFile.isEmpty() || !lastFile.get().yaml().equals(fileText) || published.isEmpty()) {
            ConfigVersion version = store.add(new NewConfigVersion(fileText, fromFile.version(), "server",
                    "imported from " + fileName, published.map(Publication::number).orElse(null), VersionOrigin.FILE),
                    clock.instant());
            if (lastFile.isPresent()) {
                log.info("{} changed since version {}: imported as version {} and published", fileName,
                        lastFile.get().number(), version.number());
            } else {
                log.info("{} imported as configuration version {} and published", fileName, version.number());
            }
            parsed.put(version.number(), fromFile);
            audit.record(clock.instant(), "server", "config.import", "version " + version.number(), fileName);
            return publishNow("server", version.number(), "config.publish");
        }
        int number = published.get().number();
        try {
            TownHall townHall = townHall(number);
            live.set(townHall);
            log.info("configuration version {} is live (published by {} at {})", number,
                    published.get().publishedBy(), published.get().publishedAt());
            return townHall;
        } catch (InvalidConfigException e) {
            log.error("published configuration version {} is no longer valid, {} is made live instead: {}", number,
                    fileName, e.getMessage());
            live.set(fromFile);
            return fromFile;
        }
    }

    /** Validates and stores a new version edited in the console; nothing is stored when it is invalid. */
    public ConfigVersion save(String author, String yaml, String comment, Integer basedOn)
            throws InvalidVersionException {
        return add(author, yaml, "draft", comment, basedOn, VersionOrigin.CONSOLE);
    }

    /** Validates and stores a YAML file given to {@code config import}; problems name {@code fileName}. */
    public ConfigVersion importFile(String author, String yaml, String fileName, String comment)
            throws InvalidVersionException {
        Integer basedOn = store.live().map(Publication::number).orElse(null);
        return add(author, yaml, fileName, comment == null ? "imported from " + fileName : comment, basedOn,
                VersionOrigin.IMPORT);
    }

    private ConfigVersion add(String author, String yaml, String fileName, String comment, Integer basedOn,
                              VersionOrigin origin) throws InvalidVersionException {
        if (basedOn != null) {
            version(basedOn);
        }
        TownHall townHall;
        try {
            townHall = ConfigLoader.parse(yaml, fileName);
        } catch (InvalidConfigException e) {
            throw new InvalidVersionException(FieldPaths.of(yaml, e.problems()));
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        ConfigVersion version = store.add(new NewConfigVersion(yaml, townHall.version(), author, note, basedOn, origin),
                clock.instant());
        parsed.put(version.number(), townHall);
        audit.record(clock.instant(), author, "config.save", "version " + version.number(),
                note == null ? origin.code() : origin.code() + ": " + note);
        return version;
    }

    /** Makes {@code number} live: new calls take it, calls in progress finish on theirs. */
    public Publication publish(String author, int number) {
        version(number);
        synchronized (publishing) {
            if (liveNumber().orElse(-1) == number) {
                throw new VersionConflictException("version " + number + " is already live");
            }
            publishNow(author, number, "config.publish");
            return store.live().orElseThrow();
        }
    }

    /**
     * Makes an earlier version live again, in one action. Recorded as a new publication of that number (not as a
     * copy): the versions stay the history of contents, the publications the history of what was live.
     */
    public Publication rollback(String author, int number) {
        version(number);
        synchronized (publishing) {
            int current = liveNumber().orElse(-1);
            if (current == number) {
                throw new VersionConflictException("version " + number + " is already live");
            }
            publishNow(author, number, "config.rollback");
            return store.live().orElseThrow();
        }
    }

    private TownHall publishNow(String author, int number, String action) {
        TownHall townHall;
        try {
            townHall = townHall(number);
        } catch (InvalidConfigException e) {
            throw new VersionConflictException("version " + number + " cannot be published: " + e.getMessage());
        }
        beforeLive.accept(townHall);
        synchronized (publishing) {
            Integer before = liveNumber().orElse(null);
            store.publish(number, author, clock.instant());
            live.set(townHall);
            audit.record(clock.instant(), author, action, "version " + number,
                    before == null ? "first publication" : "was version " + before);
        }
        log.info("{}: configuration version {} is live ({})", author, number, action);
        return townHall;
    }

    public ConfigVersion version(int number) {
        return store.version(number).orElseThrow(() -> new UnknownVersionException(number));
    }

    public List<ConfigVersion> versions() {
        return store.versions();
    }

    public List<Publication> publications() {
        return store.publications();
    }

    public Optional<Integer> liveNumber() {
        return store.live().map(Publication::number);
    }

    public ConfigVersion liveVersion() {
        return version(liveNumber().orElseThrow(() -> new IllegalStateException("no version was ever published")));
    }

    /**
     * The version supervisors are editing: the newest version when it was saved after the live one and never
     * published, else the live version.
     */
    public ConfigVersion workingDraft() {
        ConfigVersion live = liveVersion();
        List<ConfigVersion> all = store.versions();
        Map<Integer, Boolean> everPublished = new java.util.HashMap<>();
        store.publications().forEach(p -> everPublished.put(p.number(), true));
        return all.stream().filter(v -> v.number() > live.number() && !everPublished.containsKey(v.number()))
                .findFirst().orElse(live);
    }

    /** The configuration of a version, e.g. for a test call against a draft. */
    public TownHall townHall(int number) throws InvalidConfigException {
        TownHall known = parsed.get(number);
        if (known != null) {
            return known;
        }
        TownHall townHall = ConfigLoader.parse(version(number).yaml(), "version " + number);
        parsed.put(number, townHall);
        return townHall;
    }

    public TownHall live() {
        return live.get();
    }

    /** The stored versions as test calls see them: any saved version (draft or not) can be tried. */
    public Drafts drafts() {
        return new Drafts() {
            @Override
            public TownHall live() {
                return live.get();
            }

            @Override
            public Optional<TownHall> version(int n) {
                if (store.version(n).isEmpty()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(townHall(n));
                } catch (InvalidConfigException e) {
                    return Optional.empty(); // stored versions were validated when saved; a newer server may disagree
                }
            }

            @Override
            public String liveText() {
                return liveVersion().yaml();
            }
        };
    }

    public LineDiff.Diff diff(int from, int to) {
        return LineDiff.of("version " + from, version(from).yaml(), "version " + to, version(to).yaml());
    }
}
