package org.townhall.ivr.agi;

/**
 * The one place where text becomes part of an AGI command line: whatever a caller or a supervisor typed,
 * it can never end the line or start another command. (Asterisk-Java then quotes and escapes it.)
 */
final class AgiText {
    private static final int MAX = 512;

    private AgiText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX));
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
