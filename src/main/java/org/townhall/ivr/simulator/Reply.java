package org.townhall.ivr.simulator;

import java.util.List;

/** What Asterisk answers to one command: plain lines, or "show the usage" (turned into the 520 block). */
record Reply(List<String> lines, boolean showUsage) {

    static final String UNKNOWN = "510 Invalid or unknown command";
    static final String DEAD = "511 Command Not Permitted on a dead channel or intercept routine";

    private static final Reply USAGE = new Reply(List.of(), true);

    static Reply line(String line) {
        return new Reply(List.of(line), false);
    }

    /** {@code 200 result=N}. */
    static Reply result(long result) {
        return line("200 result=" + result);
    }

    /** {@code 200 result=N (data)}. */
    static Reply result(long result, String data) {
        return line("200 result=" + result + " (" + data + ")");
    }

    static Reply usage() {
        return USAGE;
    }

    /** The 520 multi-line block for a command's usage text. */
    static List<String> usageBlock(String usage) {
        if (usage.isEmpty()) {
            return List.of("520 Invalid command syntax.  Proper usage not available.");
        }
        List<String> block = new java.util.ArrayList<>();
        block.add("520-Invalid command syntax.  Proper usage follows:");
        block.addAll(List.of(usage.split("\n", -1)));
        block.add("520 End of proper usage.");
        return block;
    }
}
