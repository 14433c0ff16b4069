package org.townhall.ivr.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** The simulated Asterisk channel: identity, caller ID, state, variables and hang-up. */
final class Channel {

    static final int STATE_RING = 4;
    static final int STATE_UP = 6;
    static final int STATE_BUSY = 7;

    /** Who ended the call. */
    enum HangupSource {
        CALLER, IVR, CALLEE
    }

    final String name;
    final String uniqueId;
    final String type;
    String language;
    String callerNum;
    String callerName;
    final int callingPres;
    final int callingAni2;
    final int callingTon;
    final int callingTns;
    String context;
    String extension;
    int priority;
    int state;
    boolean musicOnHold;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private HangupSource hangupSource;
    private long hangupAtMicros = -1;
    private boolean hangupLineSent;

    Channel(CallSetup setup, String name, String uniqueId, String type) {
        this.name = name;
        this.uniqueId = uniqueId;
        this.type = type;
        this.language = setup.language();
        this.callerNum = setup.callerId();
        this.callerName = setup.callerIdName();
        this.callingPres = setup.callingPres();
        this.callingAni2 = setup.callingAni2();
        this.callingTon = setup.callingTon();
        this.callingTns = setup.callingTns();
        this.context = setup.context();
        this.extension = setup.extension();
        this.priority = setup.priority();
        this.state = setup.answered() ? STATE_UP : STATE_RING;
    }

    boolean up() {
        return state == STATE_UP;
    }

    void answer() {
        state = STATE_UP;
    }

    /** Channel variables, names already stripped of {@code _}/{@code __}. */
    Map<String, String> variables() {
        return variables;
    }

    void hangup(long atMicros, HangupSource source) {
        if (hangupSource == null) {
            hangupSource = source;
            hangupAtMicros = atMicros;
        }
    }

    boolean hungUp() {
        return hangupSource != null;
    }

    HangupSource hangupSource() {
        return hangupSource;
    }

    long hangupAtMicros() {
        return hangupAtMicros;
    }

    boolean hangupLineSent() {
        return hangupLineSent;
    }

    void markHangupLineSent() {
        hangupLineSent = true;
    }
}
