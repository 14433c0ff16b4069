package org.townhall.ivr.engine;

import org.townhall.ivr.config.Department;

/**
 * What the operator gets with a transferred call: channel variables for the dialplan and the phone, and the
 * department's tag in front of the caller's name ({@code [ROADS] Jean Dupont}).
 */
final class Qualification {
    /** Caller names longer than this are cut: phone displays are small and Asterisk limits the field. */
    private static final int MAX_NAME = 64;

    private final CallSession call;
    private final String originalName;

    private Qualification(CallSession call, String originalName) {
        this.call = call;
        this.originalName = originalName;
    }

    static Qualification attach(CallSession call, Department department) {
        CallChannel channel = call.channel();
        channel.setVariable(ChannelVariable.CALL_ID, call.callId());
        channel.setVariable(ChannelVariable.DEPARTMENT, department.id());
        channel.setVariable(ChannelVariable.TOPIC, call.topic());
        channel.setVariable(ChannelVariable.LANGUAGE, call.language());
        call.transcript().ifPresent(t -> channel.setVariable(ChannelVariable.TRANSCRIPT, t));
        channel.setVariable(ChannelVariable.WHISPER, call.sound(department.name()).path());
        String name = call.incoming().callerName();
        channel.setVariable(ChannelVariable.CALLER_NAME, displayName(department.tag(), name));
        return new Qualification(call, name);
    }

    static String displayName(String tag, String callerName) {
        boolean known = callerName != null && !callerName.isBlank() && !callerName.equalsIgnoreCase("unknown");
        String name = "[" + tag + "]" + (known ? " " + callerName.strip() : "");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** Gives the caller their own name back when the transfer did not happen. */
    void detach() {
        call.channel().setVariable(ChannelVariable.CALLER_NAME, originalName == null ? "" : originalName);
    }
}
