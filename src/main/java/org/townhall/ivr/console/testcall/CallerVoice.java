package org.townhall.ivr.console.testcall;

import java.util.Set;
import org.townhall.ivr.voice.SpeechSynthesizer;
import org.townhall.ivr.voice.SynthesisException;

/** Says what the tester typed for the caller with the server's voice, so it is heard through real recognition. */
final class CallerVoice {
    private final SpeechSynthesizer synthesizer;

    /** @param synthesizer the server's voice, or null when it runs with {@code --voice off} */
    CallerVoice(SpeechSynthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    Set<String> languages() {
        return synthesizer == null ? Set.of() : synthesizer.languages();
    }

    boolean speaks(String language) {
        return languages().contains(language);
    }

    /** 8 kHz telephone audio of {@code text}; silence (no samples) when the voice fails, which is logged. */
    short[] speak(String text, String language) {
        if (!speaks(language)) {
            return new short[0];
        }
        try {
            return synthesizer.synthesize(text, language).samples();
        } catch (SynthesisException e) {
            org.slf4j.LoggerFactory.getLogger(CallerVoice.class).warn("typed speech not synthesised: {}", e.getMessage());
            return new short[0];
        }
    }
}
