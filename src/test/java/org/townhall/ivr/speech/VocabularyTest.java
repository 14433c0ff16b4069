package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/** Which answers are whole on their own in a turn that also listens for the request going on. */
class VocabularyTest {
    private static final Vocabulary EN = Vocabulary.answerOrRequest(YesNo.answers("en"), List.of("bins", "pothole"));
    private static final Vocabulary FR = Vocabulary.answerOrRequest(YesNo.answers("fr"), List.of("poubelles"));

    @ParameterizedTest(name = "{0}: ''{1}'' {2}")
    @CsvSource(delimiter = ';', value = {
            "en; yes; true",
            "en; yeah yes; true",
            "en; no thanks; true",
            "en; that's right; true",
            "en; yes please no; true",
            // words of the answers, but no answer: the caller may be going on
            "en; that's; false",
            "en; not; false",
            "en; it; false",
            "en; yes the; false",
            "en; ''; false",
            "fr; oui; true",
            "fr; c'est ça; true",
            "fr; c'est; false",
            "fr; pas; false"})
    @DisplayName("a short answer is one of the answers, or several in a row, never a part of one")
    void shortAnswersAreWhole(String language, String text, boolean whole) {
        assertEquals(whole, (language.equals("en") ? EN : FR).isShortAnswer(text));
    }
}
