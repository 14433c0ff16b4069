package org.townhall.ivr.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.Prompt;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.store.CallStore;
import org.townhall.ivr.store.Outcome;

/**
 * One call in progress: the configuration version it started on, its language, what it has done so far, and
 * the few conversational moves every node uses (say, ask for a key).
 */
final class CallSession {
    static final String ALL_KEYS = "0123456789*#";

    private final TownHall townHall;
    private final CallChannel channel;
    private final IncomingCall incoming;
    private final String language;
    private final PromptLibrary prompts;
    private final CallJournal journal;
    private final CallStore store;
    private final Clock clock;
    private final EngineSettings settings;
    private final DynamicSpeech dynamic;
    private final List<String> path = new ArrayList<>();
    private String department;
    private String transcript;
    private Outcome outcomeIfCallerLeaves = Outcome.HUNG_UP;

    CallSession(TownHall townHall, CallChannel channel, IncomingCall incoming, String language, PromptLibrary prompts,
                CallJournal journal, CallStore store, Clock clock, EngineSettings settings, DynamicSpeech dynamic) {
        this.dynamic = dynamic;
        this.townHall = townHall;
        this.channel = channel;
        this.incoming = incoming;
        this.language = language;
        this.prompts = prompts;
        this.journal = journal;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    TownHall townHall() {
        return townHall;
    }

    CallChannel channel() {
        return channel;
    }

    IncomingCall incoming() {
        return incoming;
    }

    String callId() {
        return journal.callId();
    }

    String language() {
        return language;
    }

    CallStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    EngineSettings settings() {
        return settings;
    }

    /** Where the call's live events go (guarded: a failing listener never breaks the call). */
    CallEvents events() {
        return journal.events();
    }

    void record(String node, String event, String input) {
        journal.step(node, event, input);
    }

    /** Remembers a choice for the topic shown to the operator, e.g. {@code main:2}. */
    void chose(String node, char key) {
        path.add(node + ":" + key);
    }

    void reached(String node) {
        path.add(node);
    }

    /** The caller said {@code text}, understood as {@code intent} with {@code score}. */
    void understood(String intent, String text, double score) {
        this.transcript = text;
        path.add("said:" + intent + String.format(java.util.Locale.ROOT, "(%.2f)", score));
    }

    /** The qualification: the path through the menus, with what the caller said when they spoke. */
    String topic() {
        return String.join(" > ", path);
    }

    /** The topic, with the caller's own words when they spoke: what operators and callback lists show. */
    String qualification() {
        return topic() + transcript().map(t -> " \"" + t + "\"").orElse("");
    }

    /** What the caller said, as recognised, if they spoke. */
    Optional<String> transcript() {
        return Optional.ofNullable(transcript);
    }

    Optional<String> department() {
        return Optional.ofNullable(department);
    }

    void concerns(String departmentId) {
        this.department = departmentId;
    }

    /** The outcome to record if the caller hangs up from now on (e.g. once a callback request is stored). */
    void ifCallerLeaves(Outcome outcome) {
        this.outcomeIfCallerLeaves = outcome;
    }

    Outcome outcomeIfCallerLeaves() {
        return outcomeIfCallerLeaves;
    }

    Sound sound(Prompt prompt) {
        return prompts.sound(prompt, language);
    }

    void say(Prompt prompt) {
        channel.play(sound(prompt), "");
    }

    void say(Message message) {
        say(townHall.message(message));
    }

    /** A phone or reference number digit by digit, in the caller's language (our voice, else Asterisk's). */
    void sayDigits(String digits) {
        Optional<Sound> sound = dynamic.digits(digits, language);
        if (sound.isPresent()) {
            channel.play(sound.get(), "");
        } else {
            channel.sayDigits(digits);
        }
    }

    /** A number as a number ("forty-two"), in the caller's language. */
    void sayNumber(long number) {
        Optional<Sound> sound = dynamic.number(number, language);
        if (sound.isPresent()) {
            channel.play(sound.get(), "");
        } else {
            channel.sayNumber(number);
        }
    }

    /** Plays the prompts one after the other, any key in {@code keys} interrupting, then waits for a key. */
    Optional<Character> ask(List<Prompt> promptsToPlay, String keys, Duration timeout) {
        for (Prompt prompt : promptsToPlay) {
            Optional<Character> key = channel.play(sound(prompt), keys);
            if (key.isPresent()) {
                return key;
            }
        }
        return channel.waitForKey(timeout);
    }

    Next goodbye() {
        say(Message.GOODBYE);
        channel.hangup();
        return Next.end(outcomeIfCallerLeaves == Outcome.HUNG_UP ? Outcome.ENDED : outcomeIfCallerLeaves);
    }
}
