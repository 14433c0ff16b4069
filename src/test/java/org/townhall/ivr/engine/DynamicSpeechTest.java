package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.audio.WavFile;
import org.townhall.ivr.voice.TextForSpeech;

/** Numbers, digits and dates said at run time, checked through the speech model. */
class DynamicSpeechTest {
    @TempDir
    Path dir;

    private static final List<String> NUMBER_WORDS = List.of("zero", "oh", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred");

    /** Checked the way a caller's answer would be: by the speech model, listening for the words that can be said. */
    private String heard(Sound sound, List<String> vocabulary) throws Exception {
        String name = Path.of(sound.path()).getFileName().toString();
        String lang = Path.of(sound.path()).getParent().getFileName().toString();
        return VoiceRoundTrip.hear(WavFile.read8k(dir.resolve(lang).resolve(name + ".wav")), vocabulary);
    }

    @Test
    @DisplayName("a phone number is read digit by digit")
    void phoneNumberDigitByDigit() throws Exception {
        DynamicSpeech speech = new DynamicSpeech(VoiceRoundTrip.voice(), dir, "/asterisk/prompts/dynamic");
        Sound sound = speech.digits("0612345678", "en").orElseThrow();
        assertTrue(sound.path().startsWith("/asterisk/prompts/dynamic/en/"), sound.path());
        assertEquals(VoiceRoundTrip.words("0 6 1 2 3 4 5 6 7 8"), VoiceRoundTrip.words(heard(sound, NUMBER_WORDS.subList(0, 11))));
    }

    @Test
    @DisplayName("a reference number is read as a number, and the same text is synthesised once")
    void numberIsReadAndCached() throws Exception {
        DynamicSpeech speech = new DynamicSpeech(VoiceRoundTrip.voice(), dir, "/x");
        Sound first = speech.number(42, "en").orElseThrow();
        assertEquals(List.of("forty", "two"), VoiceRoundTrip.words(heard(first, NUMBER_WORDS)));
        assertEquals(first, speech.number(42, "en").orElseThrow());
    }

    @Test
    @DisplayName("a date is read as a date, within a sentence as callers hear it")
    void dateIsRead() throws Exception {
        DynamicSpeech speech = new DynamicSpeech(VoiceRoundTrip.voice(), dir, "/x");
        String text = "Your appointment is on " + TextForSpeech.forLanguage("en").date(LocalDate.of(2026, 12, 1));
        Sound sound = speech.sound(text, "en").orElseThrow();
        List<String> heard = VoiceRoundTrip.words(heard(sound, List.of()));
        assertTrue(heard.containsAll(List.of("tuesday", "first", "december")), heard.toString());
    }

    @Test
    @DisplayName("without a voice for the language, nothing is synthesised (Asterisk's digits are used)")
    void noVoiceNoSound() {
        DynamicSpeech speech = new DynamicSpeech(VoiceRoundTrip.voice(), dir, "/x");
        assertTrue(speech.digits("123", "fr").isEmpty());
        assertTrue(DynamicSpeech.NONE.digits("123", "en").isEmpty());
    }
}
