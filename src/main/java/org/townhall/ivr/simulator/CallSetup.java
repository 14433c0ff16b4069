package org.townhall.ivr.simulator;

import java.util.List;
import java.util.Objects;

/**
 * Where to connect and what Asterisk says about the call in the AGI environment block. {@code null} for
 * {@code channel}, {@code type}, {@code uniqueId} or {@code threadId} means "generate one like Asterisk does";
 * {@code null} for {@code callerId}/{@code callerIdName}/{@code dnid}/{@code rdnis} is sent as {@code unknown}.
 *
 * <p>Start from {@link #to(String, int, String)} and adjust with the {@code with…} methods.
 */
public record CallSetup(String host, int port, String script, List<String> args, String request,
                        String channel, String type, String language, String uniqueId, String version,
                        String callerId, String callerIdName, int callingPres, int callingAni2, int callingTon,
                        int callingTns, String dnid, String rdnis, String context, String extension, int priority,
                        String accountCode, String threadId, boolean answered) {

    /** {@code agi_callingpres} of a withheld number (presentation prohibited, user provided, not screened). */
    public static final int PRES_PROHIBITED = 32;

    public CallSetup {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(accountCode, "accountCode");
        args = List.copyOf(args);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * A call from 0612345678 "Test Citizen" into {@code agi://host:port/script} (script may carry a query string,
     * e.g. {@code townhall?lang=fr}), context {@code ivr-entry}, extension {@code s}, priority 1, language en.
     */
    public static CallSetup to(String host, int port, String script) {
        return new CallSetup(host, port, script, List.of(), null, null, null, "en", null, "22.10.1",
                "0612345678", "Test Citizen", 0, 0, 0, 0, null, null, "ivr-entry", "s", 1, "", null, false);
    }

    /** The {@code agi_request} URL: {@code request} if set, else {@code agi://host:port/script}. */
    public String requestUrl() {
        if (request != null) {
            return request;
        }
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "agi://" + h + ":" + port + (script.isEmpty() ? "" : "/" + script);
    }

    public CallSetup withArgs(String... arguments) {
        return withArgs(List.of(arguments));
    }

    public CallSetup withArgs(List<String> arguments) {
        return new CallSetup(host, port, script, arguments, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, answered);
    }

    /**
     * The {@code agi_request} Asterisk reports, when it differs from where the simulator connects (the dialplan may
     * name a host or port that a proxy maps); null = derived.
     */
    public CallSetup withRequest(String url) {
        return new CallSetup(host, port, script, args, url, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, answered);
    }

    public CallSetup withScript(String newScript) {
        return new CallSetup(host, port, newScript, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, answered);
    }

    public CallSetup withChannel(String name) {
        return new CallSetup(host, port, script, args, request, name, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, answered);
    }

    public CallSetup withType(String channelType) {
        return new CallSetup(host, port, script, args, request, channel, channelType, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, answered);
    }

    public CallSetup withLanguage(String lang) {
        return new CallSetup(host, port, script, args, request, channel, type, lang, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, answered);
    }

    public CallSetup withUniqueId(String id) {
        return new CallSetup(host, port, script, args, request, channel, type, language, id, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, answered);
    }

    public CallSetup withVersion(String asteriskVersion) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, asteriskVersion, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, answered);
    }

    /** Caller ID number and name; either may be null (sent as {@code unknown}). */
    public CallSetup withCallerId(String number, String name) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, number, name,
                callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension, priority,
                accountCode, threadId, answered);
    }

    /** A withheld caller: {@code agi_callerid: unknown}, {@code agi_calleridname: unknown}, callingpres 32. */
    public CallSetup withWithheldCallerId() {
        return withCallerId(null, null).withCallingPres(PRES_PROHIBITED);
    }

    public CallSetup withCallingPres(int pres) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, pres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension, priority,
                accountCode, threadId, answered);
    }

    public CallSetup withCallingAni2(int ani2) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, ani2, callingTon, callingTns, dnid, rdnis, context, extension, priority,
                accountCode, threadId, answered);
    }

    public CallSetup withCallingTon(int ton) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, ton, callingTns, dnid, rdnis, context, extension, priority,
                accountCode, threadId, answered);
    }

    public CallSetup withCallingTns(int tns) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, tns, dnid, rdnis, context, extension, priority,
                accountCode, threadId, answered);
    }

    public CallSetup withDnid(String dialedNumber) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dialedNumber, rdnis, context,
                extension, priority, accountCode, threadId, answered);
    }

    public CallSetup withRdnis(String redirectingNumber) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, redirectingNumber, context,
                extension, priority, accountCode, threadId, answered);
    }

    /** Dialplan location of the {@code AGI()} call. */
    public CallSetup withDialplan(String ctx, String exten, int prio) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, ctx, exten, prio,
                accountCode, threadId, answered);
    }

    public CallSetup withAccountCode(String code) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, code, threadId, answered);
    }

    public CallSetup withThreadId(String id) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, id, answered);
    }

    /** Whether the channel is already up (answered by the dialplan) when AGI starts; default false (Ring). */
    public CallSetup withAnswered(boolean up) {
        return new CallSetup(host, port, script, args, request, channel, type, language, uniqueId, version, callerId,
                callerIdName, callingPres, callingAni2, callingTon, callingTns, dnid, rdnis, context, extension,
                priority, accountCode, threadId, up);
    }
}
