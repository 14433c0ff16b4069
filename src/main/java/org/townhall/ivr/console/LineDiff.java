package org.townhall.ivr.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (longest common subsequence), grouped in hunks with {@link #CONTEXT} lines of context
 * around each change, as {@code diff -u} shows it.
 */
public final class LineDiff {
    static final int CONTEXT = 3;

    /** One line of a hunk: {@code ' '} kept, {@code '-'} removed, {@code '+'} added; line numbers 1-based, 0 if none. */
    public record Line(char kind, int oldNumber, int newNumber, String text) {
        public String css() {
            return kind == '+' ? "added" : kind == '-' ? "removed" : "kept";
        }
    }

    public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Line> lines) {
        public String header() {
            return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@";
        }
    }

    public record Diff(String oldName, String newName, List<Hunk> hunks) {
        public boolean same() {
            return hunks.isEmpty();
        }

        public int added() {
            return (int) hunks.stream().flatMap(h -> h.lines().stream()).filter(l -> l.kind() == '+').count();
        }

        public int removed() {
            return (int) hunks.stream().flatMap(h -> h.lines().stream()).filter(l -> l.kind() == '-').count();
        }

        public String unified() {
            StringBuilder out = new StringBuilder("--- " + oldName + "\n+++ " + newName + "\n");
            for (Hunk h : hunks) {
                out.append(h.header()).append('\n');
                h.lines().forEach(l -> out.append(l.kind()).append(l.text()).append('\n'));
            }
            return out.toString();
        }
    }

    private LineDiff() {
    }

    public static Diff of(String oldName, String oldText, String newName, String newText) {
        List<Line> all = lines(split(oldText), split(newText));
        return new Diff(oldName, newName, hunks(all));
    }

    private static String[] split(String text) {
        return text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
    }

    /** Every line of both texts in order, kept ones once; common head and tail are skipped by the LCS table. */
    private static List<Line> lines(String[] a, String[] b) {
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int n = a.length - head - tail;
        int m = b.length - head - tail;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[head + i].equals(b[head + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            out.add(new Line(' ', k + 1, k + 1, a[k]));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i].equals(b[head + j])) {
                out.add(new Line(' ', head + i + 1, head + j + 1, a[head + i]));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line('-', head + i + 1, 0, a[head + i]));
                i++;
            } else {
                out.add(new Line('+', 0, head + j + 1, b[head + j]));
                j++;
            }
        }
        for (int k = 0; k < tail; k++) {
            out.add(new Line(' ', head + n + k + 1, head + m + k + 1, a[head + n + k]));
        }
        return out;
    }

    private static List<Hunk> hunks(List<Line> all) {
        List<Hunk> hunks = new ArrayList<>();
        int k = 0;
        while (k < all.size()) {
            if (all.get(k).kind() == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < all.size() && end - lastChange <= 2 * CONTEXT) {
                if (all.get(end).kind() != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(all.size(), lastChange + CONTEXT + 1);
            List<Line> lines = all.subList(start, end);
            hunks.add(hunk(lines, all, start));
            k = end;
        }
        return hunks;
    }

    private static Hunk hunk(List<Line> lines, List<Line> all, int start) {
        int oldStart = 1;
        int newStart = 1;
        for (int k = start; k < all.size(); k++) {
            Line l = all.get(k);
            if (l.oldNumber() > 0 || l.newNumber() > 0) {
                oldStart = l.oldNumber() > 0 ? l.oldNumber() : firstOld(all, k);
                newStart = l.newNumber() > 0 ? l.newNumber() : firstNew(all, k);
                break;
            }
        }
        int oldCount = (int) lines.stream().filter(l -> l.kind() != '+').count();
        int newCount = (int) lines.stream().filter(l -> l.kind() != '-').count();
        return new Hunk(oldStart, oldCount, newStart, newCount, List.copyOf(lines));
    }

    private static int firstOld(List<Line> all, int k) {
        for (int i = k; i < all.size(); i++) {
            if (all.get(i).oldNumber() > 0) {
                return all.get(i).oldNumber();
            }
        }
        return all.stream().mapToInt(Line::oldNumber).max().orElse(0) + 1;
    }

    private static int firstNew(List<Line> all, int k) {
        for (int i = k; i < all.size(); i++) {
            if (all.get(i).newNumber() > 0) {
                return all.get(i).newNumber();
            }
        }
        return all.stream().mapToInt(Line::newNumber).max().orElse(0) + 1;
    }
}
