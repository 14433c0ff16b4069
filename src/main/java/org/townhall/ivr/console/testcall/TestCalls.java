package org.townhall.ivr.console.testcall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.engine.CallEngine;
import org.townhall.ivr.engine.DynamicSpeech;
import org.townhall.ivr.engine.EngineSettings;
import org.townhall.ivr.engine.FilesSpeechListener;
import org.townhall.ivr.engine.IncomingCall;
import org.townhall.ivr.engine.PromptLibrary;
import org.townhall.ivr.engine.Recognition;
import org.townhall.ivr.engine.SpeechListener;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.Outcome;
import org.townhall.ivr.store.sqlite.SqliteCallStore;
import org.townhall.ivr.voice.SpeechSynthesizer;

/**
 * Test calls in the browser: the real {@link CallEngine} on a draft configuration, with the browser as the caller's
 * line ({@link WebTestChannel}). Their records go to a store of their own ({@code <data>/test-calls/}), never into
 * the real call statistics. At most {@link #MAX_RUNNING} run at once, each on its own named thread.
 */
public final class TestCalls implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TestCalls.class);
    public static final int MAX_RUNNING = 4;
    /** A test call with no input from the browser for this long hangs up by itself. */
    public static final Duration IDLE = Duration.ofMinutes(2);
    private static final int KEPT = 50;
    public static final Duration MAX_WAIT = Duration.ofSeconds(20);
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,15}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CallStore store;
    private final Path recordings;
    private final TestPrompts prompts;
    private final PromptLibrary livePrompts;
    private final SpeechListener speech;
    private final CallerVoice voice;
    private final EngineSettings engineSettings;
    private final Clock clock;
    private final Duration idle;
    private final Map<String, TestCall> calls = new LinkedHashMap<>();

    /**
     * @param recognition the server's speech recognition, or null when speech is off
     * @param voice       the server's voice, or null when it is off
     * @param livePrompts the real prompts' audio, to say which prompts a real call would miss
     */
    public TestCalls(Path dataDirectory, Recognition recognition, SpeechSynthesizer voice, PromptLibrary livePrompts,
                     EngineSettings engine, Clock clock, Duration idle) throws IOException {
        Path root = dataDirectory.resolve("test-calls");
        this.recordings = Files.createDirectories(root.resolve("recordings")).toAbsolutePath();
        this.prompts = new TestPrompts(root.resolve("prompts"));
        this.store = SqliteCallStore.open(root);
        store.closeInterruptedCalls(clock.instant()); // test calls cut short by a stop of the server
        this.livePrompts = livePrompts;
        this.speech = recognition == null ? SpeechListener.NONE
                : new FilesSpeechListener(recognition, recordings.toString(), recordings);
        this.voice = new CallerVoice(voice);
        this.engineSettings = new EngineSettings(recordings.toString(), engine.maxMessage(), engine.messageSilence(),
                engine.maxNodeVisits());
        this.clock = clock;
        this.idle = idle;
    }

    /** The test calls' own store (their records, steps and callback requests). */
    public CallStore store() {
        return store;
    }

    /** True when menus listen to speech (the server runs with speech on). */
    public boolean speechOn() {
        return speech != SpeechListener.NONE;
    }

    /** True when typed sentences can be said for the caller in {@code language}. */
    public boolean typedSpeech(String language) {
        return voice.speaks(language);
    }

    /**
     * Starts a test call of {@code townHall} and returns its id.
     *
     * @param callerNumber the number the call comes from, or null for a withheld number
     * @param configuration what is tested, as shown ("live", "version 3", "YAML draft")
     */
    public synchronized String start(String owner, TownHall townHall, String language, String callerNumber,
                                     String configuration) {
        if (callerNumber != null && !NUMBER.matcher(callerNumber).matches()) {
            throw new IllegalArgumentException("caller number must be 2 to 15 digits (a leading + allowed), not '"
                    + callerNumber + "'; leave it empty for a withheld number");
        }
        long running = calls.values().stream().filter(c -> !c.dialogue().finished()).count();
        if (running >= MAX_RUNNING) {
            throw new TestCallException(TestCallException.Reason.LIMIT, MAX_RUNNING
                    + " test calls are already running: hang one up first");
        }
        if (language != null && !language.isBlank() && !townHall.languages().contains(language)) {
            throw new IllegalArgumentException("language '" + language + "' is not one of this configuration's: "
                    + townHall.languages());
        }
        String lang = townHall.languageFor(Optional.ofNullable(language).filter(l -> !l.isBlank()));
        String id = HexFormat.of().formatHex(randomBytes());
        Dialogue dialogue = new Dialogue();
        PromptLibrary library = prompts.library(townHall);
        WebTestChannel channel = new WebTestChannel(dialogue, new PromptTexts(townHall, library, lang), voice,
                recordings, lang, idle);
        TestCall call = new TestCall(id, owner, lang, callerNumber, configuration, channel, dialogue);
        int missing = livePrompts.missing(townHall, lang).size();
        if (missing > 0 && !lang.equals(townHall.defaultLanguage())) {
            dialogue.note("audio-missing", String.valueOf(missing), townHall.defaultLanguage());
        }
        CallEngine engine = new CallEngine(() -> townHall, library, new ObservedCallStore(store, dialogue, townHall),
                clock, engineSettings, speech, DynamicSpeech.NONE);
        IncomingCall incoming = new IncomingCall(call.recordId(), callerNumber, "Test call (" + owner + ")",
                callerNumber == null, "Web/test-" + id, lang, Optional.of(lang));
        forgetOld();
        calls.put(id, call);
        Thread thread = new Thread(() -> run(call, engine, incoming), "test-call-" + id);
        thread.setDaemon(true); // close() hangs running test calls up; they never hold the server open
        call.runOn(thread);
        log.info("test call {} started by {} on {} ({})", id, owner, configuration, lang);
        return id;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void run(TestCall call, CallEngine engine, IncomingCall incoming) {
        MDC.put("callId", incoming.id());
        Outcome outcome = Outcome.ERROR;
        try {
            outcome = engine.handle(call.channel(), incoming);
        } catch (RuntimeException e) {
            log.error("test call failed: {}", e.toString(), e);
        } finally {
            call.dialogue().finish(outcome);
            MDC.remove("callId");
        }
    }

    /** Hands the browser's input to the call; refused once the call is over. */
    public void input(String owner, String id, Input input) {
        TestCall call = call(owner, id);
        if (call.dialogue().finished()) {
            throw new TestCallException(TestCallException.Reason.FINISHED, "the test call is over: start a new one");
        }
        if (input instanceof Input.Say && !voice.speaks(call.language())) {
            throw new TestCallException(TestCallException.Reason.NO_VOICE, "typed speech needs the server's voice in '"
                    + call.language() + "' (the server runs with --voice off, or has no voice for it): use keys or"
                    + " upload a WAV");
        }
        call.channel().input(input);
    }

    /** The call's state with the dialogue lines after line {@code after} (0: all). */
    public TestCallState state(String owner, String id, int after) {
        return state(owner, id, after, null, Duration.ZERO);
    }

    /**
     * The call's state once something changed (a line after {@code after}, the end, a wait other than
     * {@code awaiting}), or after {@code wait} (at most {@link #MAX_WAIT}): a long poll.
     */
    public TestCallState state(String owner, String id, int after, String awaiting, Duration wait) {
        TestCall call = call(owner, id);
        Dialogue.Awaiting seen = awaiting == null ? null : Dialogue.Awaiting.valueOf(awaiting.toUpperCase(
                java.util.Locale.ROOT));
        Dialogue.Snapshot s = call.dialogue().next(after, seen,
                wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        return new TestCallState(call.id(), call.recordId(), call.language(), call.caller(), call.configuration(),
                s.awaiting().name().toLowerCase(java.util.Locale.ROOT), s.finished(), s.outcome(), s.last(), s.lines(),
                speechOn(), voice.speaks(call.language()));
    }

    private synchronized TestCall call(String owner, String id) {
        TestCall call = calls.get(id);
        if (call == null || !call.owner().equals(owner)) {
            throw new TestCallException(TestCallException.Reason.UNKNOWN, "no test call '" + id + "' of yours");
        }
        return call;
    }

    private void forgetOld() {
        List<String> finished = calls.values().stream().filter(c -> c.dialogue().finished()).map(TestCall::id).toList();
        for (int i = 0; i < finished.size() - KEPT; i++) {
            calls.remove(finished.get(i));
        }
    }

    /** Hangs up the test calls still running, then closes their store. */
    @Override
    public void close() {
        List<TestCall> running;
        synchronized (this) {
            running = calls.values().stream().filter(c -> !c.dialogue().finished()).toList();
        }
        for (TestCall call : running) {
            call.channel().input(new Input.Hangup());
        }
        for (TestCall call : running) {
            try {
                call.thread().join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        store.close();
    }
}
