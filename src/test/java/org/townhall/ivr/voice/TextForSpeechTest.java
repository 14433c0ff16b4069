package org.townhall.ivr.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, dates and times written as the words MaryTTS should say. */
class TextForSpeechTest {
    private static final TextForSpeech EN = TextForSpeech.forLanguage("en");
    private static final TextForSpeech FR = TextForSpeech.forLanguage("fr-FR");

    @Test
    @DisplayName("digits are said one by one, with a pause where the number had a separator")
    void digits() {
        assertEquals("zero six, one two, three four", EN.digits("06 12 34"));
        assertEquals("zéro six, un deux", FR.digits("06.12"));
        assertEquals("plus three three, one", EN.digits("+33-1"));
        assertEquals("Ay, B four zero", EN.digits("a-b40"));
        assertEquals("étoile un dièse", FR.digits("*1#"));
        assertThrows(IllegalArgumentException.class, () -> EN.digits(" - "));
    }

    @ParameterizedTest(name = "{0} in English is \"{1}\"")
    @CsvSource({"0, zero", "7, seven", "13, thirteen", "21, twenty one", "100, one hundred", "245, two hundred forty five",
            "1000, one thousand", "1001, one thousand one", "20300, twenty thousand three hundred",
            "1000000, one million", "2500000, two million five hundred thousand", "-5, minus five"})
    @DisplayName("English numbers")
    void englishNumbers(long value, String words) {
        assertEquals(words, EN.number(value));
    }

    @ParameterizedTest(name = "{0} in French is \"{1}\"")
    @CsvSource({"0, zéro", "1, un", "17, dix sept", "21, vingt et un", "22, vingt deux", "70, soixante dix",
            "71, soixante et onze", "77, soixante dix sept", "80, quatre vingt", "81, quatre vingt un",
            "90, quatre vingt dix", "91, quatre vingt onze", "99, quatre vingt dix neuf", "100, cent", "101, cent un",
            "200, deux cents", "201, deux cent un", "1000, mille", "2000, deux mille", "200000, deux cent mille",
            "1000000, un million", "3000000, trois millions", "2026, deux mille vingt six", "-3, moins trois"})
    @DisplayName("French numbers")
    void frenchNumbers(long value, String words) {
        assertEquals(words, FR.number(value));
    }

    @Test
    @DisplayName("dates are said with the weekday, the day and the month")
    void dates() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertEquals("Tuesday, the first of December", EN.date(first));
        assertEquals("Tuesday, the twenty second of December", EN.date(first.withDayOfMonth(22)));
        assertEquals("Wednesday, the thirtieth of December", EN.date(first.withDayOfMonth(30)));
        assertEquals("Tuesday, the first of December twenty twenty six", EN.dateWithYear(first));
        assertEquals("mardi premier décembre", FR.date(first));
        assertEquals("samedi douze décembre deux mille vingt six", FR.dateWithYear(first.withDayOfMonth(12)));
    }

    @Test
    @DisplayName("English years are said in pairs")
    void englishYears() {
        assertEquals("Saturday, the first of January two thousand", EN.dateWithYear(LocalDate.of(2000, 1, 1)));
        assertTrue(EN.dateWithYear(LocalDate.of(2007, 1, 1)).endsWith("two thousand seven"));
        assertTrue(EN.dateWithYear(LocalDate.of(1999, 1, 1)).endsWith("nineteen ninety nine"));
        assertTrue(EN.dateWithYear(LocalDate.of(1905, 1, 1)).endsWith("nineteen oh five"));
    }

    @ParameterizedTest(name = "{0} in English is \"{1}\"")
    @CsvSource({"09:30, nine thirty in the morning", "09:00, nine o'clock in the morning", "09:05, nine oh five in the morning",
            "14:15, two fifteen in the afternoon", "19:45, seven forty five in the evening", "12:00, noon",
            "00:00, midnight", "00:30, twelve thirty at night", "12:30, twelve thirty in the afternoon"})
    @DisplayName("English times")
    void englishTimes(String time, String words) {
        assertEquals(words, EN.time(LocalTime.parse(time)));
    }

    @ParameterizedTest(name = "{0} in French is \"{1}\"")
    @CsvSource({"09:30, neuf heures trente", "09:00, neuf heures", "01:00, une heure", "21:01, vingt et une heures une",
            "14:15, quatorze heures quinze", "12:00, midi", "00:00, minuit", "00:15, minuit quinze"})
    @DisplayName("French times")
    void frenchTimes(String time, String words) {
        assertEquals(words, FR.time(LocalTime.parse(time)));
    }

    @Test
    @DisplayName("other languages are refused by name")
    void otherLanguages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextForSpeech.forLanguage("de"));
        assertTrue(e.getMessage().contains("'de'"));
    }
}
