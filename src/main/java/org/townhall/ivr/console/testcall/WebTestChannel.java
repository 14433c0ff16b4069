package org.townhall.ivr.console.testcall;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.engine.CallChannel;
import org.townhall.ivr.engine.CallerHungUpException;
import org.townhall.ivr.engine.ChannelVariable;
import org.townhall.ivr.engine.DialOutcome;
import org.townhall.ivr.engine.Sound;
import org.townhall.ivr.voice.TelephoneAudio;

/**
 * A caller's line played in a browser: what the IVR says is written to the dialogue as text, and where a caller would
 * act the engine waits for the browser's next input (with the engine's own timeouts; "say nothing" ends a wait at
 * once). A prompt that keys may interrupt waits as long as it would take to hear it. With no input at all for
 * {@code idle}, or once the browser hangs up, the engine sees {@link CallerHungUpException} like with a real caller.
 */
final class WebTestChannel implements CallChannel {
    private static final Logger log = LoggerFactory.getLogger(WebTestChannel.class);
    /** How fast a prompt is heard, for the time keys may interrupt it. */
    private static final double CHARACTERS_PER_SECOND = 15;
    private static final Duration LONGEST_PROMPT = Duration.ofSeconds(30);

    private final Dialogue dialogue;
    private final PromptTexts prompts;
    private final CallerVoice voice;
    private final Path recordings;
    private final String language;
    private final Duration idle;
    private final BlockingDeque<Input> inputs = new LinkedBlockingDeque<>();
    private final Map<ChannelVariable, String> variables = new EnumMap<>(ChannelVariable.class);
    private volatile boolean callerHungUp;
    private volatile boolean ivrHungUp;
    private volatile long lastInput = System.nanoTime();

    WebTestChannel(Dialogue dialogue, PromptTexts prompts, CallerVoice voice, Path recordings, String language,
                   Duration idle) {
        this.dialogue = dialogue;
        this.prompts = prompts;
        this.voice = voice;
        this.recordings = recordings.toAbsolutePath();
        this.language = language;
        this.idle = idle;
    }

    /** The browser's input, taken by the call's next wait (a hang-up at once). */
    void input(Input input) {
        if (input instanceof Input.Hangup) {
            if (!callerHungUp && !ivrHungUp) {
                dialogue.caller("hangup", null, null);
            }
            callerHungUp = true;
            inputs.offerFirst(input);
        } else {
            inputs.offerLast(input);
        }
    }

    @Override
    public void answer() {
        up();
        dialogue.note("answered", null);
    }

    @Override
    public Optional<Character> play(Sound sound, String keys) {
        up();
        String text = say(sound);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        long end = System.nanoTime() + Math.min(LONGEST_PROMPT.toNanos(),
                (long) (text.length() / CHARACTERS_PER_SECOND * 1e9));
        dialogue.awaiting(Dialogue.Awaiting.KEY);
        try {
            while (true) {
                long idleEnd = lastInput + idle.toNanos();
                boolean idleFirst = idleEnd - end < 0;
                Input input = poll((idleFirst ? idleEnd : end) - System.nanoTime());
                if (input == null && idleFirst) {
                    throw idleHangup();
                }
                if (input == null) {
                    return Optional.empty();
                }
                if (!(input instanceof Input.Key key)) {
                    inputs.offerFirst(input); // the prompt ends; the wait that follows takes it
                    return Optional.empty();
                }
                if (keys.indexOf(key.key()) >= 0) {
                    pressed(key);
                    return Optional.of(key.key());
                }
                ignored(input);
            }
        } finally {
            dialogue.awaiting(Dialogue.Awaiting.NOTHING);
        }
    }

    @Override
    public Optional<Character> waitForKey(Duration timeout) {
        Optional<Input> input = await(Dialogue.Awaiting.KEY, timeout,
                i -> i instanceof Input.Key || i instanceof Input.Silence);
        if (input.isPresent() && input.get() instanceof Input.Key key) {
            pressed(key);
            return Optional.of(key.key());
        }
        return Optional.empty();
    }

    @Override
    public DigitEntry readDigits(Sound prompt, Duration timeout, int maxDigits) {
        up();
        say(prompt);
        StringBuilder digits = new StringBuilder();
        while (digits.length() < maxDigits) {
            Optional<Input> input = await(Dialogue.Awaiting.DIGITS, timeout,
                    i -> i instanceof Input.Key || i instanceof Input.Silence);
            if (input.isEmpty() || !(input.get() instanceof Input.Key key)) {
                return new DigitEntry(digits.toString(), true);
            }
            pressed(key);
            if (key.key() == '#') {
                break;
            }
            digits.append(key.key());
        }
        return new DigitEntry(digits.toString(), false);
    }

    @Override
    public void sayDigits(String digits) {
        up();
        dialogue.ivr(String.join(" ", digits.split("")), null);
    }

    @Override
    public void sayNumber(long number) {
        up();
        dialogue.ivr(Long.toString(number), null);
    }

    /**
     * A speech turn or a callback message: waits for what the browser gives (a typed sentence, a WAV, "say nothing",
     * a stop key) up to the idle limit rather than {@code maxDuration}, since typing takes longer than speaking.
     */
    @Override
    public Recording record(String file, String format, Duration maxDuration, Duration silence, String stopKeys,
                            boolean beep) {
        up();
        Path target = Path.of(file + "." + format).toAbsolutePath().normalize();
        if (!target.startsWith(recordings)) {
            throw new IllegalStateException("a test call records only into " + recordings + ", not " + target);
        }
        dialogue.note("listening", null);
        Optional<Input> input;
        try {
            input = await(Dialogue.Awaiting.SPEECH, idle, i -> i instanceof Input.Say || i instanceof Input.Audio
                    || i instanceof Input.Silence || (i instanceof Input.Key k && stopKeys.indexOf(k.key()) >= 0));
        } catch (CallerHungUpException e) {
            return new Recording(0, Optional.empty(), true);
        }
        if (input.isEmpty() || input.get() instanceof Input.Silence) {
            return new Recording(0, Optional.empty(), false);
        }
        if (input.get() instanceof Input.Key key) {
            pressed(key);
            return new Recording(0, Optional.of(key.key()), false);
        }
        short[] samples;
        if (input.get() instanceof Input.Say say) {
            dialogue.caller("say", say.text(), null);
            samples = voice.speak(say.text(), language);
        } else {
            Input.Audio audio = (Input.Audio) input.get();
            dialogue.caller("wav", audio.name(), String.format(java.util.Locale.ROOT, "%.1f", audio.seconds()));
            samples = audio.samples();
        }
        if (samples.length == 0) {
            return new Recording(0, Optional.empty(), false);
        }
        try {
            TelephoneAudio.ofSamples(samples).writeWav(target);
        } catch (IOException e) {
            log.error("test call recording not written to {}: {}", target, e.getMessage());
            return new Recording(0, Optional.empty(), false);
        }
        return new Recording(samples.length, Optional.empty(), false);
    }

    @Override
    public void setVariable(ChannelVariable variable, String value) {
        up();
        variables.put(variable, value);
    }

    @Override
    public Optional<String> variable(ChannelVariable variable) {
        up();
        return Optional.ofNullable(variables.get(variable));
    }

    @Override
    public DialOutcome dial(String dialString, Duration ringTimeout) {
        up();
        dialogue.note("ringing", dialString);
        Optional<Input> input;
        try {
            input = await(Dialogue.Awaiting.DIAL, ringTimeout, i -> i instanceof Input.Dial);
        } catch (CallerHungUpException e) {
            return DialOutcome.CANCEL;
        }
        DialOutcome outcome = input.map(i -> ((Input.Dial) i).outcome()).orElse(DialOutcome.NOANSWER);
        dialogue.note(input.isPresent() ? "department-" + outcome.name().toLowerCase(java.util.Locale.ROOT)
                : "ring-timeout", dialString);
        return outcome;
    }

    @Override
    public void hangup() {
        if (!ivrHungUp && !callerHungUp) {
            dialogue.note("ivr-hangup", null);
        }
        ivrHungUp = true;
    }

    @Override
    public boolean streamAudio(String applicationData) {
        throw new UnsupportedOperationException("test calls hear speech through recorded files, not AudioSocket");
    }

    /** The line is still up, else {@link CallerHungUpException}. */
    private void up() {
        if (callerHungUp) {
            throw new CallerHungUpException("the tester hung up");
        }
        if (ivrHungUp) {
            throw new CallerHungUpException("the IVR hung up");
        }
    }

    private String say(Sound sound) {
        Optional<PromptTexts.Said> said = prompts.of(sound);
        String text = said.map(PromptTexts.Said::text).orElse("[" + sound.path() + "]");
        dialogue.ivr(text, said.map(PromptTexts.Said::promptId).orElse(null));
        return text;
    }

    private void pressed(Input.Key key) {
        dialogue.caller("key", String.valueOf(key.key()), null);
    }

    private void ignored(Input input) {
        dialogue.note("ignored", input.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The next input {@code wanted} within {@code timeout} (empty: timed out, or "say nothing"); other inputs are
     * noted as ignored. Throws {@link CallerHungUpException} on a hang-up or when the browser stayed idle too long.
     */
    private Optional<Input> await(Dialogue.Awaiting what, Duration timeout, Predicate<Input> wanted) {
        up();
        long end = System.nanoTime() + timeout.toNanos();
        dialogue.awaiting(what);
        try {
            while (true) {
                long idleEnd = lastInput + idle.toNanos();
                long now = System.nanoTime();
                if (now - idleEnd >= 0) {
                    throw idleHangup();
                }
                boolean idleFirst = idleEnd - end < 0;
                Input input = poll((idleFirst ? idleEnd : end) - now);
                if (input == null) {
                    if (idleFirst) {
                        continue;
                    }
                    return Optional.empty();
                }
                if (input instanceof Input.Silence && what != Dialogue.Awaiting.DIAL) {
                    dialogue.caller("silence", null, null);
                    return Optional.empty();
                }
                if (wanted.test(input)) {
                    return Optional.of(input);
                }
                ignored(input);
            }
        } finally {
            dialogue.awaiting(Dialogue.Awaiting.NOTHING);
        }
    }

    /** Nothing from the browser for too long: the test call hangs up by itself. */
    private CallerHungUpException idleHangup() {
        callerHungUp = true;
        dialogue.note("idle", String.valueOf(idle.toSeconds()));
        return new CallerHungUpException("the test call was idle for " + idle.toSeconds() + " s");
    }

    private Input poll(long nanos) {
        try {
            Input input = inputs.pollFirst(Math.max(0, nanos), TimeUnit.NANOSECONDS);
            if (input != null) {
                lastInput = System.nanoTime();
            }
            if (input instanceof Input.Hangup) {
                callerHungUp = true;
                throw new CallerHungUpException("the tester hung up");
            }
            return input;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            callerHungUp = true;
            throw new CallerHungUpException("the test call was stopped");
        }
    }
}
