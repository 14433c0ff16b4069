package org.townhall.ivr.simulator;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The AGI commands of Asterisk 22 (res_agi's table, in its order, plus app_stack's GOSUB): their words, whether
 * they run on a dead channel, their usage text (the XML description, one paragraph a line) and their handler.
 */
enum AgiCommand {

    ANSWER("answer", false, ChannelCommands::answer,
            "Answers channel if not already in answer state. Returns <literal>-1</literal> on channel failure, or"
                    + " <literal>0</literal> if successful."),
    ASYNCAGI_BREAK("asyncagi break", true, ChannelCommands::asyncagiBreak,
            "Interrupts expected flow of Async AGI commands and returns control to previous source (typically, the"
                    + " PBX dialplan)."),
    CHANNEL_STATUS("channel status", false, ChannelCommands::channelStatus,
            "Returns the status of the specified <replaceable>channelname</replaceable>. If no channel name is given"
                    + " then returns the status of the current channel.\n"
                    + "Return values:\n"
                    + "0 Channel is down and available.\n"
                    + "1 Channel is down, but reserved.\n"
                    + "2 Channel is off hook.\n"
                    + "3 Digits (or equivalent) have been dialed.\n"
                    + "4 Line is ringing.\n"
                    + "5 Remote end is ringing.\n"
                    + "6 Line is up.\n"
                    + "7 Line is busy."),
    DATABASE_DEL("database del", true, DatabaseCommands::del,
            "Deletes an entry in the Asterisk database for a given <replaceable>family</replaceable> and"
                    + " <replaceable>key</replaceable>.\n"
                    + "Returns <literal>1</literal> if successful, <literal>0</literal> otherwise."),
    DATABASE_DELTREE("database deltree", true, DatabaseCommands::deltree,
            "Deletes a <replaceable>family</replaceable> or specific <replaceable>keytree</replaceable> within a"
                    + " <replaceable>family</replaceable> in the Asterisk database.\n"
                    + "Returns <literal>1</literal> if successful, <literal>0</literal> otherwise."),
    DATABASE_GET("database get", true, DatabaseCommands::get,
            "Retrieves an entry in the Asterisk database for a given <replaceable>family</replaceable> and"
                    + " <replaceable>key</replaceable>.\n"
                    + "Returns <literal>0</literal> if <replaceable>key</replaceable> is not set. Returns"
                    + " <literal>1</literal> if <replaceable>key</replaceable> is set and returns the variable in"
                    + " parenthesis.\n"
                    + "Example return code: 200 result=1 (testvariable)"),
    DATABASE_PUT("database put", true, DatabaseCommands::put,
            "Adds or updates an entry in the Asterisk database for a given <replaceable>family</replaceable>,"
                    + " <replaceable>key</replaceable>, and <replaceable>value</replaceable>.\n"
                    + "Returns <literal>1</literal> if successful, <literal>0</literal> otherwise."),
    EXEC("exec", true, ExecCommand::exec,
            "Executes <replaceable>application</replaceable> with given <replaceable>options</replaceable>.\n"
                    + "Returns whatever the <replaceable>application</replaceable> returns, or <literal>-2</literal>"
                    + " on failure to find <replaceable>application</replaceable>."),
    GET_DATA("get data", false, InputCommands::getData,
            "Stream the given <replaceable>file</replaceable>, and receive DTMF data.\n"
                    + "Returns the digits received from the channel at the other end."),
    GET_FULL_VARIABLE("get full variable", true, VariableCommands::getFullVariable,
            "Returns <literal>0</literal> if <replaceable>variablename</replaceable> is not set or channel does not"
                    + " exist. Returns <literal>1</literal> if <replaceable>variablename</replaceable> is set and"
                    + " returns the variable in parenthesis. Understands complex variable names and builtin"
                    + " variables, unlike GET VARIABLE.\n"
                    + "Example return code: 200 result=1 (testvariable)"),
    GET_OPTION("get option", false, PlaybackCommands::getOption,
            "Behaves similar to STREAM FILE but used with a timeout option."),
    GET_VARIABLE("get variable", true, VariableCommands::getVariable,
            "Returns <literal>0</literal> if <replaceable>variablename</replaceable> is not set. Returns"
                    + " <literal>1</literal> if <replaceable>variablename</replaceable> is set and returns the"
                    + " variable in parentheses.\n"
                    + "Example return code: 200 result=1 (testvariable)"),
    HANGUP("hangup", false, ChannelCommands::hangup,
            "Hangs up the specified channel. If no channel name is given, hangs up the current channel"),
    NOOP("noop", true, ChannelCommands::noop, "Does nothing."),
    RECEIVE_CHAR("receive char", false, InputCommands::receiveChar,
            "Receives a character of text on a channel. Most channels do not support the reception of text. Returns"
                    + " the decimal value of the character if one is received, or <literal>0</literal> if the"
                    + " channel does not support text reception. Returns <literal>-1</literal> only on"
                    + " error/hangup."),
    RECEIVE_TEXT("receive text", false, InputCommands::receiveText,
            "Receives a string of text on a channel. Most channels do not support the reception of text. Returns"
                    + " <literal>-1</literal> for failure or <literal>1</literal> for success, and the string in"
                    + " parenthesis."),
    RECORD_FILE("record file", false, RecordFileCommand::recordFile,
            "Record to a file until a given dtmf digit in the sequence is received. Returns <literal>-1</literal> on"
                    + " hangup or error.  The format will specify what kind of file will be recorded. The"
                    + " <replaceable>timeout</replaceable> is the maximum record time in milliseconds, or"
                    + " <literal>-1</literal> for no <replaceable>timeout</replaceable>. <replaceable>offset"
                    + " samples</replaceable> is optional, and, if provided, will seek to the offset without"
                    + " exceeding the end of the file. <replaceable>beep</replaceable> can take any value, and causes"
                    + " Asterisk to play a beep to the channel that is about to be recorded."
                    + " <replaceable>silence</replaceable> is the number of seconds of silence allowed before the"
                    + " function returns despite the lack of dtmf digits or reaching"
                    + " <replaceable>timeout</replaceable>. <replaceable>silence</replaceable> value must be preceded"
                    + " by <literal>s=</literal> and is also optional."),
    SAY_ALPHA("say alpha", false, PlaybackCommands::sayAlpha, sayUsage("Say a given character string")),
    SAY_DIGITS("say digits", false, PlaybackCommands::sayDigits, sayUsage("Say a given digit string")),
    SAY_NUMBER("say number", false, PlaybackCommands::sayNumber, sayUsage("Say a given number")),
    SAY_PHONETIC("say phonetic", false, PlaybackCommands::sayPhonetic,
            "Say a given character string with phonetics, returning early if any of the given DTMF digits are"
                    + " received on the channel. Returns <literal>0</literal> if playback completes without a digit"
                    + " pressed, the ASCII numerical value of the digit if one was pressed, or <literal>-1</literal>"
                    + " on error/hangup."),
    SAY_DATE("say date", false, PlaybackCommands::sayDate, sayUsage("Say a given date")),
    SAY_TIME("say time", false, PlaybackCommands::sayTime, sayUsage("Say a given time")),
    SAY_DATETIME("say datetime", false, PlaybackCommands::sayDatetime, sayUsage("Say a given time")),
    SEND_IMAGE("send image", false, ChannelCommands::sendImage,
            "Sends the given image on a channel. Most channels do not support the transmission of images. Returns"
                    + " <literal>0</literal> if image is sent, or if the channel does not support image"
                    + " transmission.  Returns <literal>-1</literal> only on error/hangup. Image names should not"
                    + " include extensions."),
    SEND_TEXT("send text", false, ChannelCommands::sendText,
            "Sends the given text on a channel. Most channels do not support the transmission of text. Returns"
                    + " <literal>0</literal> if text is sent, or if the channel does not support text transmission."
                    + " Returns <literal>-1</literal> only on error/hangup."),
    SET_AUTOHANGUP("set autohangup", false, ChannelCommands::setAutohangup,
            "Cause the channel to automatically hangup at <replaceable>time</replaceable> seconds in the future. Of"
                    + " course it can be hungup before then as well. Setting to <literal>0</literal> will cause the"
                    + " autohangup feature to be disabled on this channel."),
    SET_CALLERID("set callerid", false, ChannelCommands::setCallerid, "Changes the callerid of the current channel."),
    SET_CONTEXT("set context", false, ChannelCommands::setContext,
            "Sets the context for continuation upon exiting the application."),
    SET_EXTENSION("set extension", false, ChannelCommands::setExtension,
            "Changes the extension for continuation upon exiting the application."),
    SET_MUSIC("set music", false, ChannelCommands::setMusic,
            "Enables/Disables the music on hold generator. If <replaceable>class</replaceable> is not specified,"
                    + " then the <literal>default</literal> music on hold class will be used. This generator will be"
                    + " stopped automatically when playing a file.\n"
                    + "Always returns <literal>0</literal>."),
    SET_PRIORITY("set priority", false, ChannelCommands::setPriority,
            "Changes the priority for continuation upon exiting the application. The priority must be a valid"
                    + " priority or label."),
    SET_VARIABLE("set variable", true, VariableCommands::setVariable, "Sets a variable to the current channel."),
    STREAM_FILE("stream file", false, PlaybackCommands::streamFile,
            "Send the given file, allowing playback to be interrupted by the given digits, if any. Returns"
                    + " <literal>0</literal> if playback completes without a digit being pressed, or the ASCII"
                    + " numerical value of the digit if one was pressed, or <literal>-1</literal> on error or if the"
                    + " channel was disconnected. If musiconhold is playing before calling stream file it will be"
                    + " automatically stopped and will not be restarted after completion.\n"
                    + "It sets the following channel variables upon completion:\n"
                    + "PLAYBACKSTATUS The status of the playback attempt as a text string."),
    CONTROL_STREAM_FILE("control stream file", false, PlaybackCommands::controlStreamFile,
            "Send the given file, allowing playback to be controlled by the given digits, if any. Use double quotes"
                    + " for the digits if you wish none to be permitted. If offsetms is provided then the audio will"
                    + " seek to offsetms before play starts. Returns <literal>0</literal> if playback completes"
                    + " without a digit being pressed, or the ASCII numerical value of the digit if one was pressed,"
                    + " or <literal>-1</literal> on error or if the channel was disconnected. Returns the position"
                    + " where playback was terminated as endpos.\n"
                    + "It sets the following channel variables upon completion:\n"
                    + "CPLAYBACKSTATUS Contains the status of the attempt as a text string\n"
                    + "CPLAYBACKOFFSET Contains the offset in ms into the file where playback was at when it"
                    + " stopped. <literal>-1</literal> is end of file.\n"
                    + "CPLAYBACKSTOPKEY If the playback is stopped by the user this variable contains the key that"
                    + " was pressed."),
    TDD_MODE("tdd mode", false, ChannelCommands::tddMode,
            "Enable/Disable TDD transmission/reception on a channel. Returns <literal>1</literal> if successful, or"
                    + " <literal>0</literal> if channel is not TDD-capable."),
    VERBOSE("verbose", true, ChannelCommands::verbose,
            "Sends <replaceable>message</replaceable> to the console via verbose message system."
                    + " <replaceable>level</replaceable> is the verbose level (1-4). Always returns"
                    + " <literal>1</literal>"),
    WAIT_FOR_DIGIT("wait for digit", false, InputCommands::waitForDigit,
            "Waits up to <replaceable>timeout</replaceable> milliseconds for channel to receive a DTMF digit."
                    + " Returns <literal>-1</literal> on channel failure, <literal>0</literal> if no digit is"
                    + " received in the timeout, or the numerical value of the ascii of the digit if one is"
                    + " received. Use <literal>-1</literal> for the <replaceable>timeout</replaceable> value if you"
                    + " desire the call to block indefinitely."),
    SPEECH_CREATE("speech create", false, SpeechCommands::create,
            "Create a speech object to be used by the other Speech AGI commands."),
    SPEECH_SET("speech set", false, SpeechCommands::set, "Set an engine-specific setting."),
    SPEECH_DESTROY("speech destroy", true, SpeechCommands::destroy,
            "Destroy the speech object created by <literal>SPEECH CREATE</literal>."),
    SPEECH_LOAD_GRAMMAR("speech load grammar", false, SpeechCommands::loadGrammar,
            "Loads the specified grammar as the specified name."),
    SPEECH_UNLOAD_GRAMMAR("speech unload grammar", true, SpeechCommands::unloadGrammar,
            "Unloads the specified grammar."),
    SPEECH_ACTIVATE_GRAMMAR("speech activate grammar", false, SpeechCommands::activateGrammar,
            "Activates the specified grammar on the speech object."),
    SPEECH_DEACTIVATE_GRAMMAR("speech deactivate grammar", false, SpeechCommands::deactivateGrammar,
            "Deactivates the specified grammar on the speech object."),
    SPEECH_RECOGNIZE("speech recognize", false, SpeechCommands::recognize,
            "Plays back given <replaceable>prompt</replaceable> while listening for speech and dtmf."),
    GOSUB("gosub", false, ChannelCommands::gosub,
            "Cause the channel to execute the specified dialplan subroutine, returning to the dialplan with"
                    + " execution of a Return().");

    /** Runs one command; may consume simulated time and caller actions. */
    @FunctionalInterface
    interface Handler {
        Reply handle(List<String> argv, CallContext ctx) throws IOException;
    }

    private final List<String> words;
    private final boolean allowedOnDeadChannel;
    private final Handler handler;
    private final String usage;

    AgiCommand(String words, boolean allowedOnDeadChannel, Handler handler, String usage) {
        this.words = List.of(words.split(" "));
        this.allowedOnDeadChannel = allowedOnDeadChannel;
        this.handler = handler;
        this.usage = usage;
    }

    boolean allowedOnDeadChannel() {
        return allowedOnDeadChannel;
    }

    Handler handler() {
        return handler;
    }

    String usage() {
        return usage;
    }

    /** The command name as the server would write it, e.g. {@code STREAM FILE}. */
    String displayName() {
        return String.join(" ", words).toUpperCase(Locale.ROOT);
    }

    /** res_agi's {@code find_command(argv, 0)}: every word of the command matches, extra words are arguments. */
    static Optional<AgiCommand> find(List<String> argv) {
        for (AgiCommand command : values()) {
            if (command.matches(argv)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    private boolean matches(List<String> argv) {
        if (argv.size() < words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equalsIgnoreCase(argv.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String sayUsage(String what) {
        return what + ", returning early if any of the given DTMF digits are received on the channel. Returns"
                + " <literal>0</literal> if playback completes without a digit being pressed, or the ASCII numerical"
                + " value of the digit if one was pressed or <literal>-1</literal> on error/hangup.";
    }
}
