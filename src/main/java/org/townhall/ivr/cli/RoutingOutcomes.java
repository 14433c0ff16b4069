package org.townhall.ivr.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.townhall.ivr.engine.SpeechDecision;

/**
 * What callers would have lived through, counted over a labelled set: right department directly or after a
 * confirmation, no transfer for answers that name nothing ("none"), wrong transfers, sent to the key menu.
 */
final class RoutingOutcomes {
    private int total;
    private int direct;
    private int confirmed;
    private int wrong;
    private int keys;
    private int rightNoTransfer;
    private int departmentUtterances;

    /** Counts one decision; returns its outcome as printed in the JSON lines. */
    String add(String expected, SpeechDecision d) {
        total++;
        boolean none = expected.equals("none");
        if (!none) {
            departmentUtterances++;
        }
        boolean rightDepartment = !none && expected.equals(d.intent());
        switch (d.kind()) {
            case ROUTE -> {
                if (rightDepartment) {
                    direct++;
                    return "right";
                }
                wrong++;
                return "wrong-transfer";
            }
            case CONFIRM -> {
                if (rightDepartment) {
                    confirmed++;
                    return "right-after-confirmation";
                }
                keys++;
                rightNoTransfer += none ? 1 : 0;
                return none ? "right-no-transfer" : "keys-after-no";
            }
            default -> {
                keys++;
                rightNoTransfer += none ? 1 : 0;
                return none ? "right-no-transfer" : "keys";
            }
        }
    }

    /** The counts and percentages, into {@code o}. */
    ObjectNode into(ObjectNode o) {
        o.put("utterances", total);
        o.put("rightDirect", direct);
        o.put("rightAfterConfirmation", confirmed);
        o.put("wrongTransfers", wrong);
        o.put("sentToKeys", keys);
        o.put("rightNoTransfer", rightNoTransfer);
        o.put("rightDepartmentPercent", round(100.0 * (direct + confirmed) / Math.max(1, departmentUtterances)));
        o.put("rightOutcomePercent", round(100.0 * (direct + confirmed + rightNoTransfer) / Math.max(1, total)));
        o.put("wrongTransferPercent", round(100.0 * wrong / Math.max(1, total)));
        return o;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
