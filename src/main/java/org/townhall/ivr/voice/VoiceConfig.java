package org.townhall.ivr.voice;

import java.nio.file.Path;

/**
 * Speech synthesis settings.
 *
 * @param enabled          false: no synthesis; prompts must be recorded files
 * @param voicesDirectory  extra MaryTTS voice jars (e.g. a French voice); English is built in
 */
public record VoiceConfig(boolean enabled, Path voicesDirectory) {
    public VoiceConfig {
        if (voicesDirectory == null) {
            throw new IllegalArgumentException("voices directory must be set (it may be empty or missing)");
        }
    }
}
