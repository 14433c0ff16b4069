package org.townhall.ivr.engine;

/** The caller hung up: the call stops where it is, and its record is closed. */
public final class CallerHungUpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallerHungUpException(String during) {
        super("caller hung up during " + during, null, false, false);
    }
}
