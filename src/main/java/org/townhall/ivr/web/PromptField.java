package org.townhall.ivr.web;

import java.util.ArrayList;
import java.util.List;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.config.Prompt;

/** A prompt of a node as a form shows it: its YAML key under the node ({@code prompt}, {@code no-input}…). */
public record PromptField(String key, Prompt prompt) {
    static List<PromptField> of(Node node) {
        List<PromptField> fields = new ArrayList<>();
        if (node instanceof Node.Say s) {
            fields.add(new PromptField("prompt", s.prompt()));
        } else if (node instanceof Node.Menu m) {
            fields.add(new PromptField("prompt", m.prompt()));
            m.speechPrompt().ifPresent(p -> fields.add(new PromptField("speech-prompt", p)));
            fields.add(new PromptField("no-input", m.noInput()));
            fields.add(new PromptField("no-match", m.noMatch()));
        } else if (node instanceof Node.Hangup h) {
            h.prompt().ifPresent(p -> fields.add(new PromptField("prompt", p)));
        }
        return fields;
    }
}
