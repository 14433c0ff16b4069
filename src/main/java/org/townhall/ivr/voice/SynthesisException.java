package org.townhall.ivr.voice;

/** A text could not be said: names the text (shortened), the language and the reason. */
public final class SynthesisException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_CHARACTERS = 60;

    private final String text;
    private final String language;
    private final String reason;

    public SynthesisException(String text, String language, String reason) {
        this(text, language, reason, null);
    }

    public SynthesisException(String text, String language, String reason, Throwable cause) {
        super("cannot say " + shorten(text) + " in '" + language + "': " + reason, cause);
        this.text = text;
        this.language = language;
        this.reason = reason;
    }

    /** The text as it was given. */
    public String text() {
        return text;
    }

    /** The language as it was given. */
    public String language() {
        return language;
    }

    /** Why it failed, without the text and language. */
    public String reason() {
        return reason;
    }

    private static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() > SHOWN_CHARACTERS) {
            oneLine = oneLine.substring(0, SHOWN_CHARACTERS) + "…";
        }
        return "\"" + oneLine + "\"";
    }
}
