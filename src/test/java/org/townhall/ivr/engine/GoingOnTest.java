package org.townhall.ivr.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.townhall.ivr.speech.IntentMatcher;
import org.townhall.ivr.speech.MeaningMatcher;
import org.townhall.ivr.speech.Transcript;

/**
 * A caller who pauses mid-request and goes on over the next prompt: what they said over it is a yes, a no, or the
 * rest of the request, decided on with its start. Readings are the spoken sets' own (MaryTTS voice, 8 kHz line).
 */
class GoingOnTest {
    private static IntentMatcher departments;
    private static MeaningMatcher meaning;

    @BeforeAll
    static void demo() throws Exception {
        departments = DemoSpokenMenu.phrases("en");
        meaning = DemoSpokenMenu.meaning("en");
    }

    /** Free-form reading first, then the menu's phrases ('|' between them), every word heard with confidence 1. */
    private static List<Recognition.Reading> heard(String readings) {
        List<Recognition.Reading> list = new ArrayList<>();
        String[] each = readings.split("\\|");
        for (int i = 0; i < each.length; i++) {
            list.add(new Recognition.Reading(transcript(each[i].strip(), 0), i == 0, false));
        }
        return list;
    }

    /**
     * A reply to a confirmation: free-form first, then the yes/no reading, then, when given, the reading with the
     * request's phrases ('|' between them; an empty one heard nothing).
     */
    private static List<Recognition.Reading> replied(String readings) {
        List<Recognition.Reading> list = new ArrayList<>();
        String[] each = readings.split("\\|");
        for (int i = 0; i < each.length; i++) {
            if (!each[i].isBlank()) { // an empty reading is left out, as Recognition leaves it out
                list.add(new Recognition.Reading(transcript(each[i].strip(), 0), i == 0, false, i == 1));
            }
        }
        return list;
    }

    private static Transcript transcript(String text, double from) {
        List<Transcript.Word> words = new ArrayList<>();
        double at = from;
        for (String w : text.split(" ")) {
            at += 0.3;
            words.add(new Transcript.Word(w, 1.0, at));
        }
        return new Transcript(text, words, List.of());
    }

    @ParameterizedTest(name = "''{0}'' {1} is {2}")
    @CsvSource(delimiter = ';', value = {
            "yes | yes; after the question; YES",
            "yes please that's right | yes please; after the question; YES",
            "yeah | yes; after the question; YES",
            "no that's wrong | no; after the question; NO",
            // a plain yes or no first, whatever follows
            "yes it's the street light outside my house | yes it's the street light outside my house; after the question; YES",
            "oh no it's about my bins | no it's about my bins; after the question; NO",
            "no one has fixed the light | no one has fixed the light; after the question; WENT_ON",
            // a no with one more word is still a no: the caller is asked the question again
            "no plates | no plates; after the question; NO",
            "got dementia is there and need support for carriers | got dementia is there and need support for carers;"
                    + " after the question; WENT_ON",
            "no complaints about the council | no complaints about the council; after the question; NO",
            "st hasn't been swept and man | street hasn't been swept in months; after the question; WENT_ON",
            // a short reply misheard free-form is read by the yes/no reading
            "us please | yes please; after the question; YES",
            "direct | correct; after the question; YES",
            "hmm | hmm; after the question; NOTHING",
            "oh okay well | oh; after the question; NOTHING",
            // begun before the question could be heard: "… grit the hill by the church, it's like an ice rink"
            "right in my dream | like and i green; already talking; WENT_ON",
            "no plates | no plates; already talking; WENT_ON",
            "no complaints about the council | no complaints about the council; already talking; WENT_ON",
            "yes | yes; already talking; NOTHING",
            // the reading with the request's phrases never says yes or no ("yes" among them is heard as "us")
            "hmm | | yes; after the question; NOTHING",
            "us please | yes please | us please; after the question; YES",
            "no | | no; after the question; NO"})
    @DisplayName("a reply to 'Roads, is that right?' (free-form | yes/no reading | request's phrases) is a yes or a no "
            + "when said to the question, else the request going on")
    void replyToAConfirmation(String readings, String when, ConfirmationAnswer expected) {
        assertEquals(expected, ConfirmationAnswer.of("en", replied(readings), when.equals("already talking")));
    }

    @Test
    @DisplayName("under load (no free-form reading), the request going on is heard by the reading with its phrases")
    void underLoadTheRequestsPhrasesHearItGoingOn() {
        List<Recognition.Reading> yesNoThenRequest = List.of(
                new Recognition.Reading(transcript("yes", 0), false, false, true),
                new Recognition.Reading(transcript("there's people outside fighting and shouting", 0), false, false));
        assertEquals(ConfirmationAnswer.YES, ConfirmationAnswer.of("en", yesNoThenRequest.subList(0, 1), false));
        assertEquals(ConfirmationAnswer.NOTHING, ConfirmationAnswer.of("en", yesNoThenRequest.subList(0, 1), true));
        assertEquals(ConfirmationAnswer.WENT_ON, ConfirmationAnswer.of("en", yesNoThenRequest, true));
        List<Recognition.Reading> noiseOnly = List.of(
                new Recognition.Reading(transcript("like married lights", 0), false, false));
        assertEquals(ConfirmationAnswer.NOTHING, ConfirmationAnswer.of("en", noiseOnly, true),
                "the phrases invent words under noise: fewer than three meaningful words are no request");
    }

    @Test
    @DisplayName("after a no, only free-form words say what the request is: the phrases invent one of a bare no")
    void aBareNoLeavesTheQuestionAsItWas() {
        SpeechDecision asked = new SpeechDecision(SpeechDecision.Kind.CONFIRM, "roads", 0.5);
        List<Recognition.Reading> start = heard("the lamp outside | the lamp outside");
        List<Recognition.Reading> reply = replied("no | no | no bins collection");
        GoingOn.Rest rest = GoingOn.afterReply(asked, start, ConfirmationAnswer.of("en", reply, false), reply,
                departments, meaning);
        assertEquals(ConfirmationAnswer.NO, rest.reply());
        assertEquals(false, rest.changed(), rest.decision().toString());
        List<Recognition.Reading> bins = replied("no my bins weren't collected | no | no my bins were collected");
        assertEquals("waste", GoingOn.afterReply(asked, start, ConfirmationAnswer.NO, bins, departments, meaning)
                .decision().intent());
    }

    @Test
    @DisplayName("the rest said over a confirmation joins the start both free-form and with the phrases, never as a yes")
    void restOverAConfirmationJoinsBothReadings() {
        List<Recognition.Reading> start = heard("the bar on the corner | the bar on the corner");
        List<Recognition.Reading> reply = replied("there's people outside sightseeing and shouting every weekend | yes"
                + " | there's detour outside fighting and shouting every weekend");
        SpeechDecision asked = new SpeechDecision(SpeechDecision.Kind.CONFIRM, "roads", 0.5);
        GoingOn.Rest rest = GoingOn.afterReply(asked, start, ConfirmationAnswer.of("en", reply, true), reply,
                departments, meaning);
        assertEquals(ConfirmationAnswer.WENT_ON, rest.reply());
        assertEquals(List.of("the bar on the corner there's people outside sightseeing and shouting every weekend",
                "the bar on the corner there's detour outside fighting and shouting every weekend"),
                rest.readings().stream().map(r -> r.transcript().text()).toList());
        assertEquals(List.of(true, false), rest.readings().stream().map(Recognition.Reading::freeForm).toList());
        assertEquals("police", rest.decision().intent(), rest.decision().toString());
    }

    @Test
    @DisplayName("speech heard within half a second of a question was begun before it; later, or unknown, it answers it")
    void alreadyTalkingWithinHalfASecond() {
        assertEquals(true, GoingOn.alreadyTalking(120));
        assertEquals(false, GoingOn.alreadyTalking(900), "a yes 0.9 s into 'Roads and street lighting, …' answers it");
        assertEquals(false, GoingOn.alreadyTalking(-1), "when the caller began is unknown (files mode), a yes is a yes");
    }

    @Test
    @DisplayName("the rest follows each reading of the start, read the same way, after the start's last word")
    void joinedReadingsFollowEachOther() {
        List<Recognition.Reading> start = heard("hello yes it's mrs hughes on for and road | hello yes it's mrs use on for a road");
        List<Recognition.Reading> rest = List.of(new Recognition.Reading(transcript("street hasn't been swept in months", 0),
                false, true));
        List<Recognition.Reading> joined = GoingOn.joined(start, rest);
        assertEquals(start.get(0), joined.get(0), "no free-form reading of the rest: the free-form start stays as it "
                + "was, so the rest is not counted twice as two readings agreeing");
        assertEquals("hello yes it's mrs use on for a road street hasn't been swept in months",
                joined.get(1).transcript().text());
        assertEquals(false, joined.get(1).freeForm());
        assertEquals(true, joined.get(1).noisyLine(), "a noisy part makes the whole answer noisy");
        List<Transcript.Word> words = joined.get(1).transcript().words();
        assertEquals(15, words.size());
        assertEquals(2.7 + 0.5 + 0.3, words.get(9).endSeconds(), 1e-9, "the rest's words come after the start's");
        assertEquals(start, GoingOn.joined(start, List.of()));
        List<Recognition.Reading> freeFormOnly = heard("street hasn't been swept and man");
        Recognition.Reading mixed = GoingOn.joined(start.subList(1, 2), freeFormOnly).get(0);
        assertEquals(false, mixed.freeForm(), "read two ways: free-form only when both parts are");
        assertEquals(rest, GoingOn.joined(List.of(), rest));
    }

    @ParameterizedTest(name = "''{0}'' then ''{2}'': {3}")
    @CsvSource(delimiter = ';', value = {
            // the turn ended at the caller's pause: the start alone asks about another department, or nothing
            "hello yes it's mrs hughes on for and road | hello yes it's mrs use on for a road; roads;"
                    + " st hasn't been swept and man | street hasn't been swept in months; waste",
            "after my husband sell time | after my husband full time; schools;"
                    + " got dementia is there and need support for carriers | got dementia is there and need support for carers; social",
            "the bar on the corner | the bar on the corner; ;"
                    + " there's people outside sightseeing and shouting every weekend | there's detour outside fighting and shouting every weekend; police"})
    @DisplayName("the start of a request and the rest said over the next prompt are decided on as one answer")
    void startAndRestDecidedTogether(String start, String startAlone, String rest, String whole) {
        SpeechDecision first = SpeechDecision.of(departments, meaning, heard(start));
        assertEquals(startAlone, first.intent(), "the start alone: " + first);
        SpeechDecision joined = SpeechDecision.of(departments, meaning, GoingOn.joined(heard(start), heard(rest)));
        assertEquals(whole, joined.intent(), "start and rest: " + joined);
    }

    @Test
    @DisplayName("going on over 'Police, is that right?' transfers at once only to the department asked about")
    void goingOnTransfersOnlyWhereAsked() {
        SpeechDecision askedPolice = new SpeechDecision(SpeechDecision.Kind.CONFIRM, "police", 0.43);
        // "… a two-storey thing onto the side of his house" (planning), then "… the lamp post or anything"
        SpeechDecision routesRoads = new SpeechDecision(SpeechDecision.Kind.ROUTE, "roads", 1.8);
        assertEquals(new SpeechDecision(SpeechDecision.Kind.CONFIRM, "roads", 1.8),
                GoingOn.overConfirmation(askedPolice, routesRoads), "the start pointed elsewhere: asked first");
        SpeechDecision routesPolice = new SpeechDecision(SpeechDecision.Kind.ROUTE, "police", 2.1);
        assertEquals(routesPolice, GoingOn.overConfirmation(askedPolice, routesPolice));
        assertEquals(askedPolice, GoingOn.overConfirmation(askedPolice,
                new SpeechDecision(SpeechDecision.Kind.NOT_UNDERSTOOD, null, 0)));
    }
}
