package org.townhall.ivr.speech;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which answers a pause may end, and which it may not. */
class AnswerSoFarTest {
    @Test
    @DisplayName("greetings, fillers and nothing at all are not an answer yet, in English and French")
    void greetingsAreUnfinished() {
        for (String text : new String[] {"", "hello", "hi there", "yeah hello", "good morning", "um", "right",
                "bonjour", "allô oui", "bonjour madame euh"}) {
            assertTrue(AnswerSoFar.asksNothingYet(text), text);
        }
    }

    @Test
    @DisplayName("a phrase cut after an article, a preposition or a conjunction goes on")
    void cutPhrasesAreUnfinished() {
        for (String text : new String[] {"i'm calling about the", "my bin and", "it's about my", "c'est pour le",
                "j'appelle à propos de"}) {
            assertTrue(AnswerSoFar.endsMidPhrase(text), text);
        }
    }

    @Test
    @DisplayName("a request, even of one word, may be the whole answer")
    void requestsMayBeWhole() {
        for (String text : new String[] {"my bin was not emptied", "passport", "hello my bin was not emptied",
                "operator", "je voudrais un passeport", "no"}) {
            assertFalse(AnswerSoFar.asksNothingYet(text), text);
            assertFalse(AnswerSoFar.endsMidPhrase(text), text);
        }
    }
}
