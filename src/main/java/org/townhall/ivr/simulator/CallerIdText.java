package org.townhall.ivr.simulator;

/** Asterisk's {@code ast_callerid_parse}: {@code "Name" <number>}, {@code Name <number>}, a number or a name. */
final class CallerIdText {

    private CallerIdText() {
    }

    /** Returns {name, number}, each possibly empty. */
    static String[] parse(String text) {
        String s = text.strip();
        int lt = s.lastIndexOf('<');
        int gt = s.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            String number = shrink(s.substring(lt + 1, gt));
            String name = s.substring(0, lt).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            return new String[] {name, number};
        }
        if (!s.isEmpty() && s.chars().allMatch(c -> Character.isDigit(c) || "+-() .#*".indexOf(c) >= 0)) {
            return new String[] {"", shrink(s)};
        }
        String name = s;
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return new String[] {name, ""};
    }

    /** {@code ast_shrink_phone_number}: drops spaces, dashes, dots and parentheses. */
    static String shrink(String number) {
        StringBuilder out = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (" -.()".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
