package org.townhall.ivr.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.townhall.ivr.config.ConfigLoader;
import org.townhall.ivr.config.InvalidConfigException;
import org.townhall.ivr.config.TownHall;
import org.townhall.ivr.console.Drafts;
import org.townhall.ivr.console.testcall.Input;
import org.townhall.ivr.console.testcall.UploadedWav;

/** What the test call page and API receive, checked: the configuration to test, the caller's input. */
final class TestCallRequests {
    private TestCallRequests() {
    }

    /** What is tested: the live configuration, a saved version, or a YAML draft. */
    record Chosen(TownHall townHall, String label) {
    }

    static Chosen choose(Drafts drafts, Integer version, String yaml) throws InvalidConfigException {
        if (yaml != null && !yaml.isBlank()) {
            return new Chosen(ConfigLoader.parse(yaml, "draft.yaml"), "YAML draft");
        }
        if (version != null) {
            return new Chosen(drafts.version(version).orElseThrow(() -> new NotFoundResponse(
                    "no configuration version " + version)), "version " + version);
        }
        return new Chosen(drafts.live(), "live");
    }

    static Input input(String key, String say, boolean silence, String dial, boolean hangup) {
        int given = (key != null ? 1 : 0) + (say != null ? 1 : 0) + (silence ? 1 : 0) + (dial != null ? 1 : 0)
                + (hangup ? 1 : 0);
        if (given != 1) {
            throw new BadRequestResponse("give exactly one of key, say, silence, dial, hangup");
        }
        if (key != null) {
            if (key.length() != 1) {
                throw new BadRequestResponse("key must be one of 0-9, * or #, not '" + key + "'");
            }
            return new Input.Key(key.charAt(0));
        }
        if (say != null) {
            return new Input.Say(say);
        }
        if (dial != null) {
            return Input.Dial.parse(dial);
        }
        return hangup ? new Input.Hangup() : new Input.Silence();
    }

    static Input wav(Context ctx) {
        UploadedFile file = ctx.uploadedFile("wav");
        if (file == null) {
            throw new BadRequestResponse("upload the WAV file as multipart field 'wav'");
        }
        if (file.size() > UploadedWav.MAX_BYTES) {
            throw new BadRequestResponse("the WAV file is larger than " + UploadedWav.MAX_BYTES / 1024 / 1024 + " MB");
        }
        try (InputStream in = file.content()) {
            return UploadedWav.read(in.readAllBytes(), file.filename());
        } catch (IOException e) {
            throw new BadRequestResponse("the WAV file could not be read: " + e.getMessage());
        }
    }

    static List<Map<String, Object>> problems(InvalidConfigException e) {
        return e.problems().stream().map(p -> {
            Map<String, Object> m = new HashMap<>();
            m.put("line", p.location().line());
            m.put("node", p.nodeId());
            m.put("message", p.message());
            return m;
        }).toList();
    }

    static int after(Context ctx) {
        String value = ctx.queryParam("after");
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("after must be a line number, not '" + value + "'");
        }
    }
}
