package org.townhall.ivr.app;

import java.nio.file.Path;
import java.time.Clock;
import org.townhall.ivr.agi.AgiConfig;
import org.townhall.ivr.engine.EngineSettings;
import org.townhall.ivr.web.WebConfig;

/**
 * Everything a running server needs, decided once at start-up (command line, then defaults).
 *
 * @param configFile            the town hall YAML file
 * @param dataDirectory         the SQLite file and callback messages live here
 * @param promptsDirectory      {@code voice-prompts/}: this server checks which prompts have audio
 * @param asteriskPromptsPath   the same directory as Asterisk sees it
 */
public record ServerSettings(Path configFile, Path dataDirectory, Path promptsDirectory, String asteriskPromptsPath,
                             AgiConfig agi, WebConfig web, EngineSettings engine, Clock clock) {
}
