/**
 * AudioSocket, the IVR's side: Asterisk (18 or later) streams a call's audio to this server while the AGI script
 * runs {@code EXEC AudioSocket <uuid>,<host>:<port>}, and plays back what the server sends. JDK and SLF4J only.
 *
 * <p>Protocol ({@code shared/asterisk/README.md}, sections 5-6): frames of {@code kind(1) length(2, big-endian)
 * payload}; Asterisk sends a UUID frame (0x01) first, then 16-bit 8 kHz mono audio (0x10) every 20 ms while the
 * caller's line carries media, and DTMF (0x03) since 20.14 / 21.9 / 22.4. The server answers with audio, and ends
 * the stream with a hang-up frame (0x00) or by closing: EXEC returns 0. An error frame (0xff) or anything else
 * Asterisk does not take makes EXEC return -1, the call going on. When the caller hangs up Asterisk just closes the
 * socket ({@link org.townhall.ivr.audiosocket.Frame.Closed}), EXEC returns -1 and AGI's HANGUP follows. Asterisk
 * gives up after 2 s with nothing either way.
 *
 * <p>Use: {@link org.townhall.ivr.audiosocket.AudioSocketServer#expect} a fresh session id, then send the EXEC
 * (it blocks the AGI channel until the stream ends, so the audio loop runs on another thread),
 * {@link org.townhall.ivr.audiosocket.PendingSession#await} the connection, and run the loop: read a
 * {@link org.townhall.ivr.audiosocket.Frame}, feed the recogniser, advance the
 * {@link org.townhall.ivr.audiosocket.PromptPlayer}, decide; finally
 * {@link org.townhall.ivr.audiosocket.AudioSocketSession#hangup} and collect EXEC's {@code 200 result=0}.
 */
package org.townhall.ivr.audiosocket;
