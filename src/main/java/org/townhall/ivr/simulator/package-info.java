/**
 * A simulated Asterisk 22 for FastAGI: the Asterisk side of the protocol, faithful to res_agi and to the traces
 * recorded from a real Asterisk 22.10.1 in {@code shared/asterisk/traces}.
 *
 * <p>{@link org.townhall.ivr.simulator.AsteriskSimulator} connects to a FastAGI server, sends the environment block
 * described by a {@link org.townhall.ivr.simulator.CallSetup}, answers every command like Asterisk does (reply
 * formats, 510/511/520, dead-channel rules, the spontaneous {@code HANGUP} line) and plays a scripted caller, a
 * {@link org.townhall.ivr.simulator.CallerScript}. The result is a {@link org.townhall.ivr.simulator.CallTranscript}:
 * raw lines, a readable dialogue, variables, dial attempts and recordings.
 *
 * <p>Time is simulated: reply numbers ({@code endpos}, RECORD FILE results) come from the simulated timeline, so
 * they are the same at any {@link org.townhall.ivr.simulator.SimulatorOptions#timeScale() time scale}; scale 0 runs
 * instantly (tests), scale 1 in real time.
 *
 * <p>{@code EXEC AudioSocket} is app_audiosocket: the simulator connects to the IVR's AudioSocket server, sends the
 * UUID frame, then the caller's line (real silence, and the head action of the caller script: speech, keys or a
 * hang-up) in 20 ms frames, and records what the IVR streams back as the caller heard it
 * ({@link org.townhall.ivr.simulator.CallTranscript#audioStreams()}). Its clock is the caller audio sent. At scale
 * 0 frames go as fast as the socket takes them; an IVR that answers every frame with a frame (as
 * {@code audiosocket.PromptPlayer} does) is kept in step, which makes its timings exact and the same in every run.
 * An IVR that does not is timed by the caller audio sent when its frames arrive, which at scale 0 can run ahead
 * of it by the socket buffers (a second or more): use a small non-zero scale, e.g. 0.05, for such timings.
 */
package org.townhall.ivr.simulator;
