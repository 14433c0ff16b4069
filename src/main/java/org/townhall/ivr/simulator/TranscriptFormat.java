package org.townhall.ivr.simulator;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders a {@link CallTranscript} as a dialogue or as a raw trace. */
final class TranscriptFormat {

    private static final DateTimeFormatter STARTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private TranscriptFormat() {
    }

    static String dialogue(CallTranscript t) {
        StringBuilder out = new StringBuilder();
        out.append("call ").append(t.uniqueId()).append(" from ")
                .append(t.callerId() == null ? "a withheld number" : t.callerId());
        if (t.callerIdName() != null) {
            out.append(" \"").append(t.callerIdName()).append('"');
        }
        out.append(" to ").append(t.requestUrl()).append('\n');
        for (CallTranscript.Event e : t.events()) {
            out.append(String.format(Locale.ROOT, "[%5.2f] %-8s %s%n", e.timeMs() / 1000.0, e.speaker(), e.text()));
        }
        return out.toString();
    }

    static String rawTrace(CallTranscript t) {
        StringBuilder out = new StringBuilder();
        out.append("# FastAGI trace (simulated Asterisk), scenario=").append(t.scenario())
                .append(", started ").append(STARTED.format(t.startedAt())).append('\n');
        out.append("# '<<' = received from Asterisk, '>>' = sent to Asterisk, '##' = note;"
                + " first column = seconds since connect\n");
        for (CallTranscript.Line line : t.lines()) {
            String arrow = switch (line.direction()) {
                case SENT_BY_ASTERISK -> "<<";
                case RECEIVED_FROM_SERVER -> ">>";
                case NOTE -> "##";
            };
            out.append(String.format(Locale.ROOT, "%7.3f %s %s%n", line.timeMs() / 1000.0, arrow, line.text()));
        }
        return out.toString();
    }
}
