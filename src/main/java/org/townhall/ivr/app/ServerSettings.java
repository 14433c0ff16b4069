package org.townhall.ivr.app;

import java.nio.file.Path;
import java.time.Clock;
import org.townhall.ivr.agi.AgiConfig;
import org.townhall.ivr.engine.EngineSettings;
import org.townhall.ivr.audiosocket.AudioSocketConfig;
import org.townhall.ivr.speech.SpeechConfig;
import org.townhall.ivr.voice.VoiceConfig;
import org.townhall.ivr.web.WebConfig;

/**
 * Everything a running server needs, decided once at start-up (command line, then defaults).
 *
 * @param configFile            the town hall YAML file
 * @param dataDirectory         the SQLite file and callback messages live here
 * @param promptsDirectory      {@code voice-prompts/}: this server checks which prompts have audio
 * @param asteriskPromptsPath   the same directory as Asterisk sees it
 * @param recordingsDirectory   where this server reads what Asterisk records ({@link EngineSettings#recordingsDirectory()})
 * @param audioSocket           the AudioSocket listener (speech mode audiosocket)
 * @param audioSocketHost       this server's address as Asterisk reaches it, sent in {@code EXEC AudioSocket}
 */
public record ServerSettings(Path configFile, Path dataDirectory, Path promptsDirectory, String asteriskPromptsPath,
                             Path recordingsDirectory, AgiConfig agi, WebConfig web, EngineSettings engine,
                             SpeechConfig speech, AudioSocketConfig audioSocket, String audioSocketHost,
                             VoiceConfig voice, Clock clock) {
}
