package org.townhall.ivr.engine;

import org.townhall.ivr.config.Department;
import org.townhall.ivr.config.Message;
import org.townhall.ivr.config.Node;
import org.townhall.ivr.store.Outcome;

/**
 * Puts the caller through to a department with the qualification attached (channel variables, a tag in
 * front of the caller's name); when the department is closed or does not answer, offers a callback.
 */
final class TransferHandler implements NodeHandler<Node.Transfer> {
    private final CallbackFlow callbacks;

    TransferHandler(CallbackFlow callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    public Next run(Node.Transfer node, CallSession call) {
        Department department = call.townHall().department(node.department());
        call.concerns(department.id());
        call.reached(node.id());
        if (!department.hours().isOpen(call.clock().instant())) {
            call.record(node.id(), "closed", department.id());
            call.say(Message.DEPARTMENT_CLOSED);
            return unavailable(node, department, call);
        }
        call.say(Message.CONNECTING);
        Qualification qualification = Qualification.attach(call, department);
        call.record(node.id(), "dial", department.dial());
        CallEvents events = call.events();
        events.transferRinging(new CallEvents.Ringing(call.callId(), department.id(), call.topic(),
                call.transcript().orElse(""), call.incoming().callerWithheld() ? "" : call.incoming().callerNumber(),
                call.incoming().callerName(), call.language(), department.dial(), call.clock().instant()));
        DialOutcome outcome = call.channel().dial(department.dial(), node.ringTimeout());
        call.record(node.id(), "dial-status", outcome.name());
        events.transferResult(new CallEvents.TransferResult(call.callId(), department.id(), outcome,
                call.clock().instant()));
        if (outcome.answered()) {
            // the conversation is over; make sure the dialplan does not carry on with the caller
            call.channel().hangup();
            return Next.end(Outcome.TRANSFERRED);
        }
        if (outcome == DialOutcome.CANCEL) {
            throw new CallerHungUpException("ringing " + department.id());
        }
        qualification.detach();
        call.say(Message.DEPARTMENT_UNAVAILABLE);
        return unavailable(node, department, call);
    }

    private Next unavailable(Node.Transfer node, Department department, CallSession call) {
        if (node.unavailable().isPresent()) {
            return Next.node(node.unavailable().get().target());
        }
        return callbacks.offer(call, node.id(), department, java.util.Optional.empty());
    }
}
