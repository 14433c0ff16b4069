package org.townhall.ivr.app;

import java.io.IOException;
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
import org.townhall.ivr.speech.SpeechModels;
import org.townhall.ivr.speech.VoskSpeechRecognizer;
import org.townhall.ivr.engine.PromptLibrary;
import org.townhall.ivr.engine.Sound;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.sqlite.SqliteCallStore;
import org.townhall.ivr.web.HttpApi;

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
    private final HttpApi http;

    private final SpeechModels models;
    private final AudioSocketServer audioSocket;

    private TownhallServer(ServerSettings settings, TownHall townHall, CallStore store, FastAgiServer agi,
                           HttpApi http, AtomicReference<TownHall> live, SpeechModels models,
                           AudioSocketServer audioSocket) {
        this.models = models;
        this.audioSocket = audioSocket;
        this.settings = settings;
        this.store = store;
        this.agi = agi;
        this.http = http;
        this.live = live;
    }

    /** Validates the configuration, opens the store, then starts listening; refuses to start on a bad file. */
    public static TownhallServer start(ServerSettings settings) throws InvalidConfigException, IOException {
        TownHall townHall = ConfigLoader.load(settings.configFile());
        AtomicReference<TownHall> live = new AtomicReference<>(townHall);
        PromptLibrary prompts = new PromptLibrary(settings.promptsDirectory(), settings.asteriskPromptsPath(), PLACEHOLDER);
        SpeechSynthesizer voice = settings.voice().enabled() ? startVoice(settings, townHall) : null;
        DynamicSpeech dynamic = voice == null ? DynamicSpeech.NONE : new DynamicSpeech(voice,
                settings.promptsDirectory().resolve(DYNAMIC), settings.asteriskPromptsPath() + "/" + DYNAMIC);
        int missing = prompts.missing(townHall, townHall.defaultLanguage()).size();
        if (missing > 0) {
            log.warn("{} '{}' prompt(s) have no audio in {} yet: callers hear '{}' in their place", missing,
                    townHall.defaultLanguage(), settings.promptsDirectory().toAbsolutePath(), PLACEHOLDER.path());
        }
        for (String language : townHall.languages()) {
            int gaps = prompts.missing(townHall, language).size();
            if (!language.equals(townHall.defaultLanguage()) && gaps > 0) {
                log.warn("'{}' is disabled: {} of its prompts have no audio (callers asking for it get '{}')", language,
                        gaps, townHall.defaultLanguage());
            }
        }
        java.nio.file.Files.createDirectories(settings.recordingsDirectory());
        SpeechModels models = settings.speech().mode() == SpeechConfig.Mode.OFF ? null
                : SpeechModels.load(settings.speech().modelsDirectory(), townHall.languages());
        AudioSocketServer audioSocket = null;
        SpeechListener speech = SpeechListener.NONE;
        if (models != null && settings.speech().mode() == SpeechConfig.Mode.FILES) {
            speech = new FilesSpeechListener(new Recognition(new VoskSpeechRecognizer(models)),
                    settings.engine().recordingsDirectory(),
                    settings.recordingsDirectory());
        } else if (models != null && settings.speech().mode() == SpeechConfig.Mode.AUDIOSOCKET) {
            audioSocket = new AudioSocketServer(settings.audioSocket()).start();
            log.info("AudioSocket listening on {}:{} (Asterisk connects to {}:{})", settings.audioSocket().bindAddress(),
                    audioSocket.port(), settings.audioSocketHost(), audioSocket.port());
            speech = new StreamingSpeechListener(new Recognition(new VoskSpeechRecognizer(models)), audioSocket,
                    settings.audioSocketHost(), prompts::localWav, STREAM_COMMANDS);
        }
        CallStore store = SqliteCallStore.open(settings.dataDirectory());
        FastAgiServer agi = null;
        HttpApi http = null;
        try {
            int interrupted = store.closeInterruptedCalls(settings.clock().instant());
            if (interrupted > 0) {
                log.warn("{} call(s) were left open by the previous run: closed as 'interrupted'", interrupted);
            }
            CallEngine engine = new CallEngine(live::get, prompts, store, settings.clock(), settings.engine(), speech,
                    dynamic);
            agi = new FastAgiServer(settings.agi(), engine);
            FastAgiServer agiRef = agi;
            http = new HttpApi(settings.web(), store, () -> health(agiRef, live.get()));
            agi.start();
            http.start();
            log.info("town hall '{}' (version {}, {} departments) ready", townHall.name(), townHall.version(),
                    townHall.departments().size());
            return new TownhallServer(settings, townHall, store, agi, http, live, models, audioSocket);
        } catch (IOException | RuntimeException e) {
            if (http != null) {
                http.close();
            }
            if (agi != null) {
                agi.close();
            }
            store.close();
            if (audioSocket != null) {
                audioSocket.close();
            }
            if (models != null) {
                models.close();
            }
            throw e;
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

    public int agiPort() {
        return settings.agi().port();
    }

    public CallStore store() {
        return store;
    }

    public TownHall townHall() {
        return live.get();
    }

    /** Stops taking calls, lets calls in progress finish (up to the shutdown timeout), then closes the store. */
    @Override
    public void close() {
        agi.close();
        http.close();
        if (audioSocket != null) {
            audioSocket.close();
        }
        store.close();
        if (models != null) {
            models.close();
        }
        log.info("stopped");
    }
}
