package org.townhall.ivr.app;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.agi.FastAgiServer;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.CallEngine;
import org.townhall.ivr.engine.DynamicSpeech;
import org.townhall.ivr.engine.FilesSpeechListener;
import org.townhall.ivr.engine.PromptRenderer;
import org.townhall.ivr.engine.Recognition;
import org.townhall.ivr.engine.StreamingSpeechListener;
import org.townhall.ivr.audiosocket.AudioSocketServer;
import org.townhall.ivr.voice.MaryTtsSynthesizer;
import org.townhall.ivr.voice.SpeechSynthesizer;
import org.townhall.ivr.engine.SpeechListener;
import org.townhall.ivr.speech.SpeechConfig;
import org.townhall.ivr.speech.SentenceMeanings;
import org.townhall.ivr.speech.SpeechModels;
import org.townhall.ivr.speech.VoskSpeechRecognizer;
import org.townhall.ivr.engine.PromptLibrary;
import org.townhall.ivr.engine.Sound;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.sqlite.SqliteCallStore;
import org.townhall.ivr.console.Accounts;
import org.townhall.ivr.console.ConfigVersions;
import org.townhall.ivr.store.sqlite.SqliteConfigVersionStore;
import org.townhall.ivr.web.ConfigApi;
import org.townhall.ivr.web.MenuPages;
import org.townhall.ivr.web.VersionPages;
import org.townhall.ivr.console.PasswordHasher;
import org.townhall.ivr.store.AuditLog;
import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.sqlite.SqliteAuditLog;
import org.townhall.ivr.store.sqlite.SqliteDatabase;
import org.townhall.ivr.store.sqlite.SqliteUserStore;
import org.townhall.ivr.console.CallbackDesk;
import org.townhall.ivr.console.LiveCalls;
import org.townhall.ivr.console.ScreenPops;
import org.townhall.ivr.store.sqlite.SqliteCallbackQueue;
import org.townhall.ivr.web.CallsApi;
import org.townhall.ivr.web.OperatorConsole;
import org.townhall.ivr.web.DashboardRoutes;
import org.townhall.ivr.web.OpenApiRoutes;
import org.townhall.ivr.web.UsersApi;
import org.townhall.ivr.web.UsersPages;
import org.townhall.ivr.console.Dashboard;
import org.townhall.ivr.store.sqlite.SqliteCallStats;
import org.townhall.ivr.console.Drafts;
import org.townhall.ivr.console.testcall.TestCalls;
import org.townhall.ivr.web.TestCallRoutes;
import org.townhall.ivr.web.ConsoleModule;
import org.townhall.ivr.web.WebConsole;

/** Wires the parts together: configuration, store, engine, FastAGI listener, HTTP API. */
public final class TownhallServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TownhallServer.class);
    /** Played instead of a prompt that has no audio yet (a core Asterisk sound). */
    static final Sound PLACEHOLDER = new Sound("silence/1");
    /** Runs the blocking EXEC AudioSocket of each speech turn while the call's thread handles the audio. */
    private static final java.util.concurrent.ExecutorService STREAM_COMMANDS =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "agi-audiosocket");
                t.setDaemon(true);
                return t;
            });
    /** Sub-directory of the prompts for sentences synthesised during calls. */
    static final String DYNAMIC = "dynamic";

    private final ServerSettings settings;
    private final AtomicReference<TownHall> live;
    private final CallStore store;
    private final FastAgiServer agi;
    private final WebConsole http;
    private final Accounts accounts;
    private final ConfigVersions versions;

    private final Deque<AutoCloseable> opened;

    private TownhallServer(ServerSettings settings, AtomicReference<TownHall> live, CallStore store, FastAgiServer agi,
                           WebConsole http, Accounts accounts, ConfigVersions versions, Deque<AutoCloseable> opened) {
        this.settings = settings;
        this.live = live;
        this.store = store;
        this.agi = agi;
        this.http = http;
        this.accounts = accounts;
        this.versions = versions;
        this.opened = opened;
    }

    /** Validates the configuration, opens the store, then starts listening; refuses to start on a bad file. */
    public static TownhallServer start(ServerSettings settings) throws InvalidConfigException, IOException {
        String fileText = configText(settings);
        ConfigLoader.parse(fileText, settings.configFile().toString());
        AtomicReference<TownHall> live = new AtomicReference<>();
        PromptLibrary prompts = new PromptLibrary(settings.promptsDirectory(), settings.asteriskPromptsPath(), PLACEHOLDER);
        java.nio.file.Files.createDirectories(settings.recordingsDirectory());
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            SqliteDatabase db = SqliteDatabase.open(settings.dataDirectory());
            opened.push(db);
            AuditLog audit = new SqliteAuditLog(db);
            AtomicReference<SpeechSynthesizer> voiceOnceStarted = new AtomicReference<>();
            AtomicReference<Recognition> recognitionOnceStarted = new AtomicReference<>();
            ConfigVersions versions = new ConfigVersions(new SqliteConfigVersionStore(db), audit, settings.clock(), live,
                    published -> {
                        renderChangedPrompts(settings, voiceOnceStarted.get(), published);
                        Recognition speech = recognitionOnceStarted.get();
                        if (speech != null) {
                            speech.prepare(published);
                        }
                    });
            TownHall townHall = versions.startUp(fileText, settings.configFile().toString());
            SpeechSynthesizer voice = settings.voice().enabled() ? startVoice(settings, townHall) : null;
            voiceOnceStarted.set(voice);
            DynamicSpeech dynamic = voice == null ? DynamicSpeech.NONE : new DynamicSpeech(voice,
                    settings.promptsDirectory().resolve(DYNAMIC), settings.asteriskPromptsPath() + "/" + DYNAMIC);
            reportPromptAudio(settings, townHall, prompts);
            Recognition recognition = recognition(settings, townHall, opened);
            recognitionOnceStarted.set(recognition);
            SpeechListener speech = speechListener(settings, recognition, prompts, opened);
            CallStore store = new SqliteCallStore(db);
            Accounts accounts = new Accounts(new SqliteUserStore(db), audit, new PasswordHasher(), settings.clock());
            firstAdmin(settings, accounts);
            int interrupted = store.closeInterruptedCalls(settings.clock().instant());
            if (interrupted > 0) {
                log.warn("{} call(s) were left open by the previous run: closed as 'interrupted'", interrupted);
            }
            LiveCalls liveCalls = new LiveCalls();
            CallEngine engine = new CallEngine(live::get, prompts, store, settings.clock(), settings.engine(), speech,
                    dynamic, liveCalls);
            SqliteCallbackQueue callbackQueue = new SqliteCallbackQueue(db);
            FastAgiServer agi = new FastAgiServer(settings.agi(), engine);
            TestCalls testCalls = new TestCalls(settings.dataDirectory(), recognition, voice, prompts, settings.engine(),
                    settings.clock(), TestCalls.IDLE);
            opened.push(testCalls);
            java.util.List<ConsoleModule> modules = java.util.List.of(
                    new CallsApi(store, () -> health(agi, live.get())),
                    new OperatorConsole(liveCalls, new ScreenPops(store, callbackQueue),
                            new CallbackDesk(callbackQueue, audit, settings.clock()), live::get,
                            settings.recordingsDirectory(), settings.clock()),
                    new DashboardRoutes(new Dashboard(new SqliteCallStats(db), live::get, settings.clock())),
                    new UsersApi(accounts, live::get), new UsersPages(accounts, live::get), new OpenApiRoutes(),
                    new ConfigApi(versions), new MenuPages(versions, settings.clock()), new VersionPages(versions),
                    new TestCallRoutes(testCalls, versions.drafts()));
            WebConsole http = new WebConsole(settings.web(), accounts, settings.clock(), modules);
            agi.start();
            opened.push(agi);
            http.start();
            opened.push(http);
            opened.push(liveCalls); // closed before the web server: the live views' connections end at once
            log.info("town hall '{}' (version {}, {} departments) ready", townHall.name(), townHall.version(),
                    townHall.departments().size());
            return new TownhallServer(settings, live, store, agi, http, accounts, versions, opened);
        } catch (IOException | InvalidConfigException | RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /**
     * A fresh installation has nobody to sign in to the console: create {@code admin} with a random password,
     * written (readable by the owner only) to {@code initial-admin-password} in the data directory and logged.
     */
    private static void firstAdmin(ServerSettings settings, Accounts accounts) throws IOException {
        java.nio.file.Path file = settings.dataDirectory().resolve("initial-admin-password");
        if (!accounts.none()) {
            forgetChangedFirstPassword(file, accounts);
            return;
        }
        String password = PasswordHasher.randomSecret().substring(0, 20);
        accounts.add("server", "admin", password, Role.ADMIN, java.util.Set.of(), "en");
        java.nio.file.Files.writeString(file, password + "\n");
        try {
            java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.debug("no POSIX permissions here: {}", e.toString());
        }
        log.warn("first start: console user 'admin' created, password in {} (sign in, then change it under My account)",
                file.toAbsolutePath());
    }

    /** Once the first admin has changed the password, the file with the first one is only misleading: delete it. */
    private static void forgetChangedFirstPassword(java.nio.file.Path file, Accounts accounts) throws IOException {
        if (!java.nio.file.Files.exists(file)) {
            return;
        }
        String first = java.nio.file.Files.readString(file).strip();
        if (accounts.authenticate("admin", first).isEmpty()) {
            java.nio.file.Files.delete(file);
            log.info("deleted {}: the first admin password was changed", file.toAbsolutePath());
        }
    }

    /** The default language's prompts without audio are played as a placeholder; other such languages are off. */
    private static void reportPromptAudio(ServerSettings settings, TownHall townHall, PromptLibrary prompts) {
        for (String language : townHall.languages()) {
            int gaps = prompts.missing(townHall, language).size();
            if (gaps > 0 && language.equals(townHall.defaultLanguage())) {
                log.warn("{} '{}' prompt(s) have no audio in {} yet: callers hear '{}' in their place", gaps, language,
                        settings.promptsDirectory().toAbsolutePath(), PLACEHOLDER.path());
            } else if (gaps > 0) {
                log.warn("'{}' is disabled: {} of its prompts have no audio (callers asking for it get '{}')", language,
                        gaps, townHall.defaultLanguage());
            }
        }
    }

    /** Speech recognition with the models of the town hall's languages, or null when speech is off. */
    private static Recognition recognition(ServerSettings settings, TownHall townHall, Deque<AutoCloseable> opened)
            throws IOException {
        if (settings.speech().mode() == SpeechConfig.Mode.OFF) {
            return null;
        }
        SpeechModels models = SpeechModels.load(settings.speech().modelsDirectory(), townHall.languages());
        opened.push(models);
        if (!settings.speech().meaning()) {
            log.info("meaning check off (--meaning off): answers are understood by the menu's phrases alone");
        }
        Recognition recognition = new Recognition(new VoskSpeechRecognizer(models), settings.speech().meaning()
                ? SentenceMeanings.load(settings.speech().modelsDirectory(), models.languages()) : SentenceMeanings.none());
        recognition.prepare(townHall);
        return recognition;
    }

    /** How callers' speech is heard, per the speech mode; what it opens is added to {@code opened}. */
    private static SpeechListener speechListener(ServerSettings settings, Recognition recognition, PromptLibrary prompts,
                                                 Deque<AutoCloseable> opened) throws IOException {
        if (recognition == null) {
            return SpeechListener.NONE;
        }
        if (settings.speech().mode() == SpeechConfig.Mode.FILES) {
            return new FilesSpeechListener(recognition, settings.engine().recordingsDirectory(),
                    settings.recordingsDirectory());
        }
        AudioSocketServer audioSocket = new AudioSocketServer(settings.audioSocket()).start();
        opened.push(audioSocket);
        log.info("AudioSocket listening on {}:{} (Asterisk connects to {}:{})", settings.audioSocket().bindAddress(),
                audioSocket.port(), settings.audioSocketHost(), audioSocket.port());
        return new StreamingSpeechListener(recognition, audioSocket, settings.audioSocketHost(), prompts::localWav,
                STREAM_COMMANDS);
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        while (!opened.isEmpty()) {
            AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("closing {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }

    /** A version about to go live: its prompts whose text changed are rendered first (recordings stay as they are). */
    private static void renderChangedPrompts(ServerSettings settings, SpeechSynthesizer voice, TownHall townHall) {
        if (voice == null) {
            return; // no voice (yet): recorded prompts only; at start-up, startVoice renders the live version
        }
        try {
            PromptRenderer.Report report = new PromptRenderer(settings.promptsDirectory(), voice).render(townHall);
            log.info("prompts of the version being published: {} rendered, {} unchanged, {} recorded",
                    report.rendered().size(), report.unchanged().size(), report.recorded().size());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot render the prompts of the new version into "
                    + settings.promptsDirectory().toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Starts the voice, then renders the prompts that have neither a recording nor an up-to-date rendering. */
    private static SpeechSynthesizer startVoice(ServerSettings settings, TownHall townHall) throws IOException {
        long start = System.nanoTime();
        SpeechSynthesizer voice = new MaryTtsSynthesizer(settings.voice().voicesDirectory());
        voice.warmUp();
        log.info("voice ready for {} in {} ms", voice.languages(), (System.nanoTime() - start) / 1_000_000);
        PromptRenderer.Report report = new PromptRenderer(settings.promptsDirectory(), voice).render(townHall);
        if (!report.noVoice().isEmpty()) {
            log.warn("{} prompt(s) have neither a recording nor a voice ({}…): callers asking for those languages get '{}'"
                    + " (put a MaryTTS voice jar in {} or record the prompts)", report.noVoice().size(),
                    report.noVoice().get(0), townHall.defaultLanguage(), settings.voice().voicesDirectory().toAbsolutePath());
        }
        return voice;
    }

    private static Map<String, Object> health(FastAgiServer agi, TownHall townHall) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "up");
        health.put("activeCalls", agi.activeCalls());
        health.put("townHall", townHall.name());
        health.put("configVersion", townHall.version());
        return health;
    }

    public int activeCallCount() {
        return agi.activeCalls();
    }

    public int httpPort() {
        return http.port();
    }

    /** The HTTP endpoints registered, as {@code "GET /api/calls"}. */
    public java.util.List<String> httpRoutes() {
        return http.routes();
    }

    public int agiPort() {
        return settings.agi().port();
    }

    public Accounts accounts() {
        return accounts;
    }

    public ConfigVersions versions() {
        return versions;
    }

    /** The configuration file's text; unreadable is a problem of the file, like an invalid one. */
    private static String configText(ServerSettings settings) throws InvalidConfigException {
        try {
            return java.nio.file.Files.readString(settings.configFile(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigException(java.util.List.of(new org.townhall.ivr.config.ConfigProblem(
                    new org.townhall.ivr.config.Location(settings.configFile().toString(), 0), null,
                    "cannot read the file: " + e)));
        }
    }

    public CallStore store() {
        return store;
    }

    public TownHall townHall() {
        return live.get();
    }

    /**
     * Stops taking calls, lets calls in progress finish (up to the shutdown timeout), then closes the HTTP API, the
     * store and the speech resources, last opened first.
     */
    @Override
    public void close() {
        opened.remove(agi);
        agi.close();
        closeAll(opened);
        log.info("stopped");
    }
}
