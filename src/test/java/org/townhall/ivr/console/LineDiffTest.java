package org.townhall.ivr.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    @DisplayName("a changed line shows as removed then added, with three lines of context and diff -u counts")
    void changedLine() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        LineDiff.Diff diff = LineDiff.of("a", a, "b", b);

        assertEquals("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff.unified());
    }

    @Test
    @DisplayName("changes far apart make two hunks; close ones share one; equal texts make none")
    void hunks() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            a.append(i).append('\n');
        }
        String b = a.toString().replace("\n3\n", "\nthree\n").replace("\n25\n", "\n").replace("\n5\n", "\n5\nfive\n");

        LineDiff.Diff diff = LineDiff.of("a", a.toString(), "b", b);

        assertEquals(2, diff.hunks().size(), diff.unified());
        assertEquals(2, diff.added());
        assertEquals(2, diff.removed());
        assertTrue(diff.unified().contains("@@ -22,7 +23,6 @@"), diff.unified());
        assertTrue(LineDiff.of("a", b, "b", b).same());
    }
}
