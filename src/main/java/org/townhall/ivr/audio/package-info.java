/**
 * Telephone audio files, the bottom layer shared by speech, voice and the simulator: {@link
 * org.townhall.ivr.audio.WavFile} reads any common WAV as 8 kHz mono samples and writes the 8 kHz WAV Asterisk plays,
 * {@link org.townhall.ivr.audio.RateConverter} brings any sample rate to 8 kHz without aliasing, {@link
 * org.townhall.ivr.audio.G711} converts μ-law and A-law. Depends on nothing.
 */
package org.townhall.ivr.audio;
