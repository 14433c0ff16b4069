// Where a caller's turn ends, on real human speech: the sentences of Debian's asterisk-core-sounds-en-wav (as
// HumanWordErrors), each at several levels and over mains hum, streamed in 20 ms frames through the speech detection
// of live calls (hum filter, then voice activity). Counts sentences never heard as speech, and sentences whose turn
// would end (500 ms of quiet) before their last sound.
// Run: java -cp target/townhall-ivr.jar bench/TurnEnds.java
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.townhall.ivr.speech.*;
import org.townhall.ivr.audio.WavFile;

public class TurnEnds {
    static final Path SOUNDS = Path.of("/usr/share/asterisk/sounds/en");
    static final Path TEXTS = Path.of("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz");

    public static void main(String[] args) throws Exception {
        List<short[]> sentences = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(TEXTS))))) {
            for (String line; (line = in.readLine()) != null && sentences.size() < 150; ) {
                int colon = line.indexOf(": ");
                if (line.startsWith(";") || colon < 0 || line.substring(0, colon).contains("/")) continue;
                Path wav = SOUNDS.resolve(line.substring(0, colon) + ".wav");
                if (line.length() - colon - 2 > 25 && Files.exists(wav)) sentences.add(WavFile.read8k(wav));
            }
        }
        System.out.println("caller level (dB, 0 = the recordings, about -19 dBFS)\thum RMS (50 Hz)\tnot heard\tturn ended before the last sound");
        for (int hum : new int[] {0, 300, 1000}) {
            for (int db : new int[] {0, -10, -15, -20}) {
                double gain = Math.pow(10, db / 20.0);
                int notHeard = 0, cut = 0;
                for (short[] speech : sentences) {
                    short[] line = new short[speech.length + 16000]; // a second of the line before and after
                    Random random = new Random(1);
                    int lastSound = 0;
                    for (int i = 0; i < line.length; i++) {
                        int j = i - 8000;
                        double s = j >= 0 && j < speech.length ? speech[j] : 0;
                        if (Math.abs(s) > 500) lastSound = i;
                        line[i] = (short) Math.round(s * gain + random.nextGaussian() * 3
                                + hum * Math.sqrt(2) * Math.sin(2 * Math.PI * 50 * i / 8000.0));
                    }
                    HumFilter filter = new HumFilter();
                    VoiceActivity activity = new VoiceActivity();
                    for (int i = 0; i + 160 <= line.length; i += 160) {
                        activity.accept(filter.process(Arrays.copyOfRange(line, i, i + 160), 160), 160);
                        if (activity.heardSpeech() && activity.quietSamplesAfterSpeech() >= 4000) {
                            if (i + 160 < lastSound) cut++;
                            break;
                        }
                    }
                    if (!activity.heardSpeech()) notHeard++;
                }
                System.out.printf("%d\t%d\t%d\t%d of %d%n", db, hum, notHeard, cut, sentences.size());
            }
        }
    }
}
