package org.townhall.ivr.console;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.townhall.ivr.store.AuditLog;
import org.townhall.ivr.store.Callback;
import org.townhall.ivr.store.CallbackFilter;
import org.townhall.ivr.store.CallbackQueue;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.Role;
import org.townhall.ivr.store.User;

/**
 * Operators working the callback queue: they see and act on their departments only, act on a request only while
 * they hold its claim, and every change goes to the audit log.
 */
public final class CallbackDesk {
    static final int MAX_NOTE = 2000;

    private final CallbackQueue queue;
    private final AuditLog audit;
    private final Clock clock;

    public CallbackDesk(CallbackQueue queue, AuditLog audit, Clock clock) {
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
    }

    /** What to list; {@code departments} empty means all that the user serves, {@code olderThan} may be null. */
    public record Query(Set<String> departments, CallbackStatus status, Duration olderThan, int limit) {
        public Query {
            departments = Set.copyOf(departments);
            if (olderThan != null && olderThan.isNegative()) {
                throw new IllegalArgumentException("olderThanHours must not be negative");
            }
        }
    }

    /** The requests {@code user} may see; asking for a department they do not serve is refused. */
    public List<Callback> list(User user, Query query) {
        for (String department : query.departments()) {
            if (!user.serves(department)) {
                throw notYours(user, department);
            }
        }
        Set<String> departments = new HashSet<>(query.departments());
        if (departments.isEmpty() && user.role() == Role.OPERATOR) {
            departments.addAll(user.departments()); // empty again for operators serving every department
        }
        return queue.list(new CallbackFilter(departments, query.status(), null,
                query.olderThan() == null ? null : clock.instant().minus(query.olderThan()), query.limit()));
    }

    /** A request {@code user} may see. */
    public Callback get(User user, long id) {
        Callback callback = queue.get(id).orElseThrow(() -> new CallbackRefused(CallbackRefused.Reason.UNKNOWN,
                "no callback request " + id));
        if (!user.serves(callback.department())) {
            throw notYours(user, callback.department());
        }
        return callback;
    }

    public Callback claim(User user, long id) {
        get(user, id);
        return after(user, id, "callback.claim", null, queue.claim(id, user.name(), clock.instant()));
    }

    /** Gives a claim back; supervisors and admins may also free a claim someone left behind. */
    public Callback release(User user, long id) {
        get(user, id);
        boolean anyone = user.role().covers(Role.SUPERVISOR);
        return after(user, id, "callback.release", null, queue.release(id, user.name(), anyone, clock.instant()));
    }

    public Callback calledBack(User user, long id) {
        get(user, id);
        return after(user, id, "callback.called", null, queue.calledBack(id, user.name(), clock.instant()));
    }

    public Callback noAnswer(User user, long id) {
        get(user, id);
        return after(user, id, "callback.no-answer", null, queue.noAnswer(id, user.name(), clock.instant()));
    }

    public Callback done(User user, long id, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note must be at most " + MAX_NOTE + " characters, not "
                    + text.length());
        }
        get(user, id);
        return after(user, id, "callback.done", text, queue.done(id, user.name(), text, clock.instant()));
    }

    private Callback after(User user, long id, String action, String detail, boolean changed) {
        Callback now = queue.get(id).orElseThrow(() -> new CallbackRefused(CallbackRefused.Reason.UNKNOWN,
                "no callback request " + id));
        if (!changed) {
            throw new CallbackRefused(CallbackRefused.Reason.CONFLICT, why(user, now, action));
        }
        audit.record(clock.instant(), user.name(), action, "callback " + id, detail);
        return now;
    }

    private static String why(User user, Callback callback, String action) {
        if (callback.status() == CallbackStatus.DONE || callback.status() == CallbackStatus.FAILED) {
            return "callback request " + callback.id() + " is already " + callback.status().code();
        }
        if (callback.claimedBy() != null && !callback.claimedBy().equals(user.name())) {
            return "callback request " + callback.id() + " is claimed by " + callback.claimedBy();
        }
        if (callback.claimedBy() == null && !action.equals("callback.claim")) {
            return "claim callback request " + callback.id() + " first";
        }
        if (action.equals("callback.claim")) {
            return "you already hold callback request " + callback.id();
        }
        return "callback request " + callback.id() + " is " + callback.status().code() + ": "
                + action.substring("callback.".length()) + " does not apply";
    }

    private static CallbackRefused notYours(User user, String department) {
        return new CallbackRefused(CallbackRefused.Reason.NOT_YOUR_DEPARTMENT, user.name()
                + " does not serve department '" + department + "'");
    }
}
