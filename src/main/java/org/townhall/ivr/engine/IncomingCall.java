package org.townhall.ivr.engine;

import java.util.Optional;

/**
 * A call as Asterisk hands it over.
 *
 * @param callerWithheld true when the caller asked for their number not to be shown (presentation restricted)
 * @param requestedLanguage the language asked for by the dialplan ({@code ?lang=fr}), if any
 */
public record IncomingCall(String id, String callerNumber, String callerName, boolean callerWithheld, String channel,
                           String channelLanguage, Optional<String> requestedLanguage) {
}
