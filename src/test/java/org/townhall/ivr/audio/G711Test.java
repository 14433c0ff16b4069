package org.townhall.ivr.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class G711Test {

    @Test
    void g711RoundTripsWithinItsQuantisation() {
        for (int v = -32000; v <= 32000; v += 97) {
            short s = (short) v;
            int tolerance = Math.max(16, Math.abs(v) / 16);
            assertTrue(Math.abs(G711.ulawToLinear(G711.linearToUlaw(s)) - v) <= tolerance, "ulaw " + v);
            assertTrue(Math.abs(G711.alawToLinear(G711.linearToAlaw(s)) - v) <= tolerance, "alaw " + v);
        }
    }
}
