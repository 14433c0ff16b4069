package org.townhall.ivr.agi;

import java.time.Duration;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.ChannelStatusCommand;
import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.asteriskjava.fastagi.command.RecordFileCommand;
import org.asteriskjava.fastagi.command.SayDigitsCommand;
import org.asteriskjava.fastagi.command.SayNumberCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.engine.CallChannel;
import org.townhall.ivr.engine.CallerHungUpException;
import org.townhall.ivr.engine.ChannelVariable;
import org.townhall.ivr.engine.DialOutcome;
import org.townhall.ivr.engine.Sound;

/**
 * The engine's phone line over FastAGI: each operation is one Asterisk-Java command object, each reply is
 * read in {@link #send}, where hang-ups (result -1, 511, closed socket) become {@link CallerHungUpException}.
 */
final class AsteriskJavaChannel implements CallChannel {
    private static final Logger log = LoggerFactory.getLogger(AsteriskJavaChannel.class);

    private final AgiChannel agi;
    private final String dialOptions;

    AsteriskJavaChannel(AgiChannel agi, String dialOptions) {
        this.agi = agi;
        this.dialOptions = dialOptions;
    }

    @Override
    public void answer() {
        hangupIfNegative(send(new AnswerCommand(), "answer"), "answer");
    }

    @Override
    public Optional<Character> play(Sound sound, String keys) {
        AgiReply reply = send(new StreamFileCommand(AgiText.clean(sound.path()), keys), "prompt " + sound.path());
        int result = reply.getResultCode();
        if (result < 0) {
            if (!isUp()) {
                throw new CallerHungUpException("prompt " + sound.path());
            }
            log.error("Asterisk could not play '{}': the file is missing or unreadable on the Asterisk host", sound.path());
            return Optional.empty();
        }
        return key(result);
    }

    @Override
    public Optional<Character> waitForKey(Duration timeout) {
        AgiReply reply = send(new WaitForDigitCommand(timeout.toMillis()), "wait for a key");
        return key(hangupIfNegative(reply, "wait for a key"));
    }

    @Override
    public DigitEntry readDigits(Sound prompt, Duration timeout, int maxDigits) {
        AgiReply reply = send(new GetDataCommand(AgiText.clean(prompt.path()), timeout.toMillis(), maxDigits),
                "typing digits");
        String digits = reply.getResult();
        if (digits.equals("-1")) {
            throw new CallerHungUpException("typing digits");
        }
        return new DigitEntry(digits.replaceAll("[^0-9*#]", ""), "timeout".equals(reply.getExtra()));
    }

    @Override
    public void sayDigits(String digits) {
        hangupIfNegative(send(new SayDigitsCommand(AgiText.clean(digits).replaceAll("[^0-9*#]", "")), "saying digits"),
                "saying digits");
    }

    @Override
    public void sayNumber(long number) {
        hangupIfNegative(send(new SayNumberCommand(Long.toString(number)), "saying a number"), "saying a number");
    }

    @Override
    public Recording record(String file, String format, Duration maxDuration, Duration silence, String stopKeys,
                            boolean beep) {
        RecordFileCommand command = new RecordFileCommand(AgiText.clean(file), AgiText.clean(format), stopKeys,
                (int) maxDuration.toMillis(), 0, beep, (int) silence.toSeconds());
        AgiReply reply = send(command, "recording");
        long samples = parseLong(reply.getAttribute("endpos"));
        int result = reply.getResultCode();
        if ("writefile".equals(reply.getExtra()) || "streamfile".equals(reply.getExtra())) {
            // Asterisk could not create the file: the caller is still there, only the recording failed
            log.error("Asterisk cannot write {}.{} ({}): check that the directory exists on the Asterisk host and that "
                    + "Asterisk may write to it (--asterisk-recordings)", file, format, reply.getExtra());
            return new Recording(0, Optional.empty(), false);
        }
        boolean hungUp = "hangup".equals(reply.getExtra()) || (result < 0 && !isUp());
        Optional<Character> key = "dtmf".equals(reply.getExtra()) ? key(result) : Optional.empty();
        return new Recording(samples, key, hungUp);
    }

    @Override
    public void setVariable(ChannelVariable variable, String value) {
        send(new SetVariableCommand(variable.asteriskName(), AgiText.clean(value)), "setting " + variable.asteriskName());
    }

    @Override
    public Optional<String> variable(ChannelVariable variable) {
        AgiReply reply = send(new GetVariableCommand(variable.asteriskName()), "reading " + variable.asteriskName());
        return reply.getResultCode() == 1 ? Optional.ofNullable(reply.getExtra()) : Optional.empty();
    }

    @Override
    public DialOutcome dial(String dialString, Duration ringTimeout) {
        String target = AgiText.clean(dialString);
        if (target.contains(",")) {
            throw new IllegalArgumentException("dial string '" + target + "' must not contain a comma");
        }
        String args = target + "," + ringTimeout.toSeconds() + (dialOptions.isEmpty() ? "" : "," + dialOptions);
        AgiReply reply = send(new ExecCommand("Dial", args), "dialling " + target);
        if (reply.getResultCode() == -2) {
            throw new IllegalStateException("Asterisk has no Dial application (is app_dial loaded?)");
        }
        // DIALSTATUS is readable even once the channel is gone (after a bridged call, or a caller hang-up)
        return DialOutcome.parse(variable(ChannelVariable.DIAL_STATUS).orElse(null));
    }

    @Override
    public boolean streamAudio(String applicationData) {
        AgiReply reply = send(new ExecCommand("AudioSocket", AgiText.clean(applicationData)), "streaming audio");
        if (reply.getResultCode() == -2) {
            throw new IllegalStateException("Asterisk has no AudioSocket application (Asterisk 18+ with app_audiosocket"
                    + " is needed for --speech audiosocket; use --speech files otherwise)");
        }
        return reply.getResultCode() >= 0 || isUp();
    }

    @Override
    public void hangup() {
        try {
            send(new HangupCommand(), "hanging up");
        } catch (CallerHungUpException e) {
            log.debug("already hung up");
        }
    }

    private boolean isUp() {
        try {
            agi.sendCommand(new ChannelStatusCommand());
            return true;
        } catch (AgiException e) {
            return false;
        }
    }

    private AgiReply send(AgiCommand command, String during) {
        try {
            return agi.sendCommand(command);
        } catch (AgiHangupException e) {
            throw new CallerHungUpException(during);
        } catch (AgiNetworkException e) {
            throw new CallerHungUpException(during + " (connection to Asterisk lost: " + e.getMessage() + ")");
        } catch (AgiException e) {
            throw new IllegalStateException("Asterisk refused '" + command.buildCommand() + "' while " + during + ": "
                    + e.getMessage(), e);
        }
    }

    private static int hangupIfNegative(AgiReply reply, String during) {
        int result = reply.getResultCode();
        if (result < 0) {
            throw new CallerHungUpException(during);
        }
        return result;
    }

    private static Optional<Character> key(int ascii) {
        return ascii > 0 ? Optional.of((char) ascii) : Optional.empty();
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
