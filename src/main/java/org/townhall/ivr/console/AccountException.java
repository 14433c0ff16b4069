package org.townhall.ivr.console;

import java.util.List;

/** Why a change to a console account was refused; the web layer turns each kind into its HTTP status. */
public abstract class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccountException(String message) {
        super(message);
    }

    /** One field of a request and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    /** The request has fields that are wrong (422): each problem names its field. */
    public static final class Invalid extends AccountException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b)
                    .orElse("invalid"));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The name is already taken (409). */
    public static final class Conflict extends AccountException {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    /** No such user (404). */
    public static final class Unknown extends AccountException {
        private static final long serialVersionUID = 1L;

        Unknown(long id) {
            super("no user #" + id);
        }
    }
}
