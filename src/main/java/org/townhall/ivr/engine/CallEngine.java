package org.townhall.ivr.engine;

import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.Outcome;

/**
 * Runs calls through the town hall's menu tree. One engine serves every call; each call runs on the
 * configuration version that was live when it started, and always leaves a closed record.
 */
public final class CallEngine {
    private static final Logger log = LoggerFactory.getLogger(CallEngine.class);
    /** Set on the channel when the IVR failed, so the dialplan sends the caller to reception. */
    public static final String RESULT_ERROR = "error";

    private final Supplier<TownHall> liveConfig;
    private final PromptLibrary prompts;
    private final CallStore store;
    private final Clock clock;
    private final EngineSettings settings;
    private final DynamicSpeech dynamic;
    private final SayHandler say = new SayHandler();
    private final MenuHandler menu;
    private final HoursHandler hours = new HoursHandler();
    private final GotoHandler go = new GotoHandler();
    private final HangupHandler hangup = new HangupHandler();
    private final TransferHandler transfer;
    private final CallbackHandler callback;
    private final CallEvents events;

    public CallEngine(Supplier<TownHall> liveConfig, PromptLibrary prompts, CallStore store, Clock clock,
                      EngineSettings settings, SpeechListener speech, DynamicSpeech dynamic) {
        this(liveConfig, prompts, store, clock, settings, speech, dynamic, CallEvents.NONE);
    }

    /** An engine that tells {@code events} what calls do (its failures are logged, never felt by callers). */
    public CallEngine(Supplier<TownHall> liveConfig, PromptLibrary prompts, CallStore store, Clock clock,
                      EngineSettings settings, SpeechListener speech, DynamicSpeech dynamic, CallEvents events) {
        this.events = GuardedCallEvents.around(events);
        this.dynamic = dynamic;
        this.menu = new MenuHandler(new SpeechMenu(speech));
        this.liveConfig = liveConfig;
        this.prompts = prompts;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        CallbackFlow flow = new CallbackFlow();
        this.transfer = new TransferHandler(flow);
        this.callback = new CallbackHandler(flow);
    }

    /** Serves one call from answer to end; returns how it ended. Never throws for what the caller does. */
    public Outcome handle(CallChannel channel, IncomingCall incoming) {
        TownHall townHall = liveConfig.get();
        String language = spokenLanguage(townHall, incoming);
        CallJournal journal = CallJournal.start(store, clock, events, incoming, language, townHall.version());
        CallSession call = new CallSession(townHall, channel, incoming, language, prompts, journal, store, clock,
                settings, dynamic);
        Outcome outcome = Outcome.ERROR;
        try {
            channel.answer();
            if (!language.equals(incoming.channelLanguage())) {
                channel.setVariable(ChannelVariable.CHANNEL_LANGUAGE, language);
            }
            outcome = walk(call);
        } catch (CallerHungUpException e) {
            log.info("{}", e.getMessage());
            outcome = call.outcomeIfCallerLeaves();
        } catch (RuntimeException e) {
            log.error("call failed: {}", e.toString(), e);
            outcome = Outcome.ERROR;
            handBackToDialplan(channel);
        } finally {
            journal.end(outcome, call.department().orElse(null), call.qualification(), language);
        }
        return outcome;
    }

    /**
     * The caller's language when every prompt of it has audio; otherwise that branch is disabled rather than
     * silent, and the call runs in the town hall's default language.
     */
    private String spokenLanguage(TownHall townHall, IncomingCall incoming) {
        String language = townHall.languageFor(incoming.requestedLanguage());
        if (!language.equals(townHall.defaultLanguage()) && !prompts.missing(townHall, language).isEmpty()) {
            log.warn("'{}' asked, but {} of its prompts have no audio (no voice, no recording): the call runs in '{}'",
                    language, prompts.missing(townHall, language).size(), townHall.defaultLanguage());
            return townHall.defaultLanguage();
        }
        return language;
    }

    private Outcome walk(CallSession call) {
        String current = call.townHall().menu().start();
        int visits = 0;
        boolean guardUsed = false;
        while (true) {
            if (++visits > settings.maxNodeVisits()) {
                call.record(current, "loop-guard", String.valueOf(visits));
                if (guardUsed) {
                    return call.goodbye().outcome();
                }
                guardUsed = true;
                visits = 0;
                call.say(Message.TOO_MANY_TRIES);
                current = call.townHall().menu().reception();
            }
            Node node = call.townHall().menu().node(current);
            Next next = run(node, call);
            if (next.isEnd()) {
                return next.outcome();
            }
            current = next.node();
        }
    }

    private Next run(Node node, CallSession call) {
        if (node instanceof Node.Say n) {
            return say.run(n, call);
        } else if (node instanceof Node.Menu n) {
            return menu.run(n, call);
        } else if (node instanceof Node.Hours n) {
            return hours.run(n, call);
        } else if (node instanceof Node.Transfer n) {
            return transfer.run(n, call);
        } else if (node instanceof Node.Callback n) {
            return callback.run(n, call);
        } else if (node instanceof Node.Goto n) {
            return go.run(n, call);
        } else if (node instanceof Node.Hangup n) {
            return hangup.run(n, call);
        }
        throw new IllegalStateException("no handler for node type " + node.getClass().getSimpleName());
    }

    private static void handBackToDialplan(CallChannel channel) {
        try {
            channel.setVariable(ChannelVariable.RESULT, RESULT_ERROR);
        } catch (RuntimeException e) {
            log.warn("could not tell the dialplan to send the caller to reception: {}", e.toString());
        }
    }
}
