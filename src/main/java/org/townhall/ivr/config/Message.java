package org.townhall.ivr.config;

import java.util.Locale;

/** The fixed sentences the engine itself speaks, outside the menu tree; each must be given in every language. */
public enum Message {
    /** Said before dialling a department. */
    CONNECTING,
    /** The department is closed now. */
    DEPARTMENT_CLOSED,
    /** The department did not answer, was busy or unreachable. */
    DEPARTMENT_UNAVAILABLE,
    /** "To be called back, press 1. For reception, press 0. To end the call, press 2." */
    CALLBACK_OFFER,
    /** "We will call you back at" (followed by the number, digit by digit). */
    CALLBACK_NUMBER_IS,
    /** "If this number is right, press 1. To give another number, press 2." */
    CALLBACK_NUMBER_CONFIRM,
    /** "Please type the phone number where we can call you back, then press the hash key." */
    CALLBACK_NUMBER_ENTER,
    /** "After the tone, tell us in a few words why you are calling, then press the hash key." */
    CALLBACK_RECORD_MESSAGE,
    /** "Your request is recorded under number" (followed by its number). */
    CALLBACK_RECORDED,
    /** "The service will call you back as soon as possible." */
    CALLBACK_WILL_CALL,
    /** "You already have a callback request waiting for this service." */
    CALLBACK_ALREADY_WAITING,
    /** "Sorry, we could not record your request." */
    CALLBACK_FAILED,
    /** "Is that right? Say yes or press 1. If not, say no or press 2." (after the department's name) */
    SPEECH_CONFIRM,
    /** "Sorry, I did not understand." */
    SPEECH_NOT_UNDERSTOOD,
    /** "Please choose with your keypad." (before the key menu, when speech did not work out) */
    SPEECH_USE_KEYS,
    /** Said once the caller has been looping for too long, before going to reception. */
    TOO_MANY_TRIES,
    /** "Goodbye." */
    GOODBYE;

    /** The key used in the configuration file, e.g. {@code callback-offer}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The prompt id of this message, e.g. {@code message.callback-offer}. */
    public String promptId() {
        return "message." + key();
    }
}
