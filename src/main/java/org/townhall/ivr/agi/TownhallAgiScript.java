package org.townhall.ivr.agi;

import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.townhall.ivr.engine.CallEngine;
import org.townhall.ivr.engine.IncomingCall;

/** Entry point of each FastAGI connection: names the call in the logs and hands it to the engine. */
final class TownhallAgiScript implements AgiScript {
    private static final Logger log = LoggerFactory.getLogger(TownhallAgiScript.class);
    /** Presentation bits that mean the caller withheld their number (restricted or unavailable). */
    private static final int PRESENTATION_HIDDEN = 0x60;

    private final CallEngine engine;
    private final ActiveCalls active;
    private final String dialOptions;

    TownhallAgiScript(CallEngine engine, ActiveCalls active, String dialOptions) {
        this.engine = engine;
        this.active = active;
        this.dialOptions = dialOptions;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        String callId = AgiText.clean(request.getUniqueId());
        if (callId.isEmpty() || request.getChannel() == null) {
            log.warn("connection from {} is not an Asterisk AGI call (no agi_uniqueid or agi_channel): ignored",
                    request.getRemoteAddress());
            return;
        }
        MDC.put("callId", callId);
        active.begin();
        try {
            IncomingCall call = incoming(callId, request);
            log.info("call from {} on {} (script {})", call.callerNumber(), call.channel(), request.getScript());
            engine.handle(new AsteriskJavaChannel(channel, dialOptions), call);
        } finally {
            active.end();
            MDC.remove("callId");
        }
    }

    static IncomingCall incoming(String callId, AgiRequest request) {
        Integer pres = request.getCallingPres();
        boolean withheld = pres != null && (pres & PRESENTATION_HIDDEN) != 0;
        return new IncomingCall(callId, AgiText.clean(request.getCallerIdNumber()),
                AgiText.clean(request.getCallerIdName()), withheld, AgiText.clean(request.getChannel()),
                AgiText.clean(request.getLanguage()), requestedLanguage(request));
    }

    /** {@code agi://host/townhall?lang=fr}, or a first argument {@code fr}. */
    private static Optional<String> requestedLanguage(AgiRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null && request.getArguments() != null && request.getArguments().length > 0) {
            lang = request.getArguments()[0];
        }
        return Optional.ofNullable(lang).map(String::trim).filter(l -> l.matches("[a-z]{2}"));
    }
}
