package org.townhall.ivr.web;

import org.townhall.ivr.console.testcall.DialogueLine;
import org.townhall.ivr.console.testcall.Speaker;

/** A test call's dialogue line in the reader's words: what the IVR said, what the caller did, the decision taken. */
final class DialogueText {
    private DialogueText() {
    }

    static String of(DialogueLine line, Texts texts) {
        if (line.who() == Speaker.IVR) {
            return line.text();
        }
        if (line.who() == Speaker.CALLER) {
            return words(texts, "testcall.caller." + line.event(), line.input(), line.text())
                    .orElse(line.event() + (line.input() == null ? "" : " " + line.input()));
        }
        if (line.isDecision()) {
            return words(texts, "testcall.step." + line.event(), line.node(), line.input(), line.target(), line.text())
                    .orElse(line.node() + ": " + line.event() + (line.input() == null ? "" : " " + line.input())
                            + (line.target() == null ? "" : " → " + line.target()));
        }
        return words(texts, "testcall.note." + line.event(), line.input(), line.text())
                .orElse(line.event() + (line.input() == null ? "" : " " + line.input()));
    }

    /** The decision of a step line, else null. */
    static String decision(DialogueLine line, Texts texts) {
        return line.isDecision() ? of(line, texts) : null;
    }

    private static java.util.Optional<String> words(Texts texts, String key, Object... args) {
        if (texts.t(key).equals(key)) {
            return java.util.Optional.empty();
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] == null ? "–" : args[i];
        }
        return java.util.Optional.of(texts.t(key, shown));
    }
}
