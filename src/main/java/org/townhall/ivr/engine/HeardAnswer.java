package org.townhall.ivr.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * A spoken answer and the department it was taken for, as a call record keeps it (the input of a {@code speech}
 * step): {@code <said> => <department> <score>}, followed by {@code by meaning} when the answer's meaning decided.
 * Written by the spoken menu; read back by the test-call dialogue and by {@link SpokenRequests}.
 */
public record HeardAnswer(String said, String department, double score, boolean byMeaning) {
    /** The event name of such a step. */
    public static final String EVENT = "speech";
    private static final String ARROW = " => ";
    private static final String BY_MEANING = " by meaning";

    /** The step's input text. */
    public String input() {
        return said + ARROW + department + String.format(Locale.ROOT, " %.2f", score) + (byMeaning ? BY_MEANING : "");
    }

    /** The answer in a step's input, or empty when it is not one. */
    public static Optional<HeardAnswer> parse(String input) {
        if (input == null || !input.contains(ARROW)) {
            return Optional.empty();
        }
        String said = input.substring(0, input.lastIndexOf(ARROW)).strip();
        String decision = input.substring(input.lastIndexOf(ARROW) + ARROW.length()).strip();
        boolean byMeaning = decision.endsWith(BY_MEANING.strip());
        if (byMeaning) {
            decision = decision.substring(0, decision.length() - BY_MEANING.strip().length()).strip();
        }
        int space = decision.lastIndexOf(' ');
        String department = space < 0 ? decision : decision.substring(0, space);
        double score;
        try {
            score = space < 0 ? 0 : Double.parseDouble(decision.substring(space + 1));
        } catch (NumberFormatException e) {
            department = decision;
            score = 0;
        }
        return Optional.of(new HeardAnswer(said, department, score, byMeaning));
    }
}
