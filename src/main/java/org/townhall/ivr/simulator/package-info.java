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
 */
package org.townhall.ivr.simulator;
