package org.townhall.ivr.console;

/** An edit names a prompt, department, node or field that the configuration does not have. */
public final class UnknownPathException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownPathException(String message) {
        super(message);
    }
}
