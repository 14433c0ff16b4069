package org.townhall.ivr.engine;

/**
 * The channel variables the IVR reads and writes: the only names it ever sends to Asterisk. The transfer
 * variables are inherited by the department's channel ({@code _} prefix), so the dialplan and the operator's
 * phone can use them.
 */
public enum ChannelVariable {
    CALL_ID("_IVR_CALL_ID"),
    DEPARTMENT("_IVR_DEPARTMENT"),
    TOPIC("_IVR_TOPIC"),
    LANGUAGE("_IVR_LANGUAGE"),
    /** What the caller said, as recognised. */
    TRANSCRIPT("_IVR_TRANSCRIPT"),
    /** The prompt naming the department, which the example dialplan whispers to the operator. */
    WHISPER("_IVR_WHISPER"),
    CALLER_NAME("CALLERID(name)"),
    CALLER_NUMBER("CALLERID(num)"),
    CHANNEL_LANGUAGE("CHANNEL(language)"),
    DIAL_STATUS("DIALSTATUS"),
    /** {@code error} when the IVR failed: the dialplan then puts the caller through to reception. */
    RESULT("IVR_RESULT");

    private final String asteriskName;

    ChannelVariable(String asteriskName) {
        this.asteriskName = asteriskName;
    }

    public String asteriskName() {
        return asteriskName;
    }
}
