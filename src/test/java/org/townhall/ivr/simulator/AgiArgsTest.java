package org.townhall.ivr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Command-line splitting like res_agi's parse_args, and command lookup like find_command. */
class AgiArgsTest {

    @Test
    void quotedArgumentsAsAsteriskJavaSendsThem() {
        assertEquals(List.of("EXEC", "Dial", "PJSIP/1002,30"), AgiArgs.parse("EXEC \"Dial\" \"PJSIP/1002,30\""));
        assertEquals(List.of("RECORD", "FILE", "/spool/x", "wav", "#", "60000", "0", "BEEP", "s=3"),
                AgiArgs.parse("RECORD FILE \"/spool/x\" \"wav\" \"#\" 60000 0 BEEP s=3"));
    }

    @Test
    void emptyQuotesMakeAnEmptyArgument() {
        assertEquals(List.of("SAY", "NUMBER", "42", ""), AgiArgs.parse("SAY NUMBER 42 \"\""));
        assertEquals(List.of("STREAM", "FILE", "hello-world", ""), AgiArgs.parse("STREAM FILE hello-world \"\""));
    }

    @Test
    void quotesGroupWordsAndMayJoinAWord() {
        assertEquals(List.of("SET", "VARIABLE", "GREETING", "bonjour a tous"),
                AgiArgs.parse("SET VARIABLE GREETING \"bonjour a tous\""));
        assertEquals(List.of("a b", "cd e"), AgiArgs.parse("\"a b\" c\"d e\""));
    }

    @Test
    void backslashMakesTheNextCharacterLiteral() {
        assertEquals(List.of("a b", "\"q\"", "back\\slash", "n"),
                AgiArgs.parse("a\\ b \\\"q\\\" back\\\\slash \\n"));
    }

    @Test
    void blanksAndTabsSeparateWordsButCarriageReturnDoesNot() {
        assertEquals(List.of("GET", "VARIABLE", "X\r"), AgiArgs.parse("  GET\t VARIABLE   X\r"));
        assertEquals(List.of(), AgiArgs.parse(""));
        assertEquals(List.of(), AgiArgs.parse("   "));
    }

    @Test
    void commandsAreFoundByAllTheirWordsCaseInsensitively() {
        assertEquals(AgiCommand.GET_DATA, AgiCommand.find(List.of("get", "Data", "x")).orElseThrow());
        assertEquals(AgiCommand.GET_FULL_VARIABLE,
                AgiCommand.find(List.of("GET", "FULL", "VARIABLE", "${X}")).orElseThrow());
        assertEquals(AgiCommand.HANGUP, AgiCommand.find(List.of("HANGUP")).orElseThrow());
        assertEquals(AgiCommand.EXEC, AgiCommand.find(List.of("EXEC")).orElseThrow());
        assertEquals(AgiCommand.CONTROL_STREAM_FILE,
                AgiCommand.find(List.of("CONTROL", "STREAM", "FILE", "x", "")).orElseThrow());
        assertEquals(true, AgiCommand.find(List.of("GET")).isEmpty());
        assertEquals(true, AgiCommand.find(List.of("STREAMFILE", "x")).isEmpty());
        assertEquals(true, AgiCommand.find(List.of()).isEmpty());
    }

    @Test
    void deadChannelPermissionsAreRes_agisOnes() {
        List<AgiCommand> allowed = java.util.Arrays.stream(AgiCommand.values())
                .filter(AgiCommand::allowedOnDeadChannel).toList();
        assertEquals(List.of(AgiCommand.ASYNCAGI_BREAK, AgiCommand.DATABASE_DEL, AgiCommand.DATABASE_DELTREE,
                AgiCommand.DATABASE_GET, AgiCommand.DATABASE_PUT, AgiCommand.EXEC, AgiCommand.GET_FULL_VARIABLE,
                AgiCommand.GET_VARIABLE, AgiCommand.NOOP, AgiCommand.SET_VARIABLE, AgiCommand.VERBOSE,
                AgiCommand.SPEECH_DESTROY, AgiCommand.SPEECH_UNLOAD_GRAMMAR), allowed);
    }
}
