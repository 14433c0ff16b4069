package org.townhall.ivr.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.townhall.ivr.speech.SpeechConfig;
import org.townhall.ivr.store.Role;

/** Publishing a version whose prompt text changed: new calls hear the new words, not the old audio. */
class PublishRendersPromptsTest {
    @TempDir
    Path data;
    RunningServer ivr;
    final HttpClient http = HttpClient.newHttpClient();
    String token;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data, Path.of("config/townhall.yaml"), SpeechConfig.Mode.OFF, true);
        token = ivr.apiToken(Role.SUPERVISOR);
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ivr.baseUrl() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(Path wav) throws Exception {
        var format = AudioSystem.getAudioFileFormat(wav.toFile());
        return format.getFrameLength() / format.getFormat().getFrameRate();
    }

    @Test
    @DisplayName("the changed prompt is rendered again before the version goes live; a draft alone changes nothing")
    void publishingRendersTheChangedPrompt() throws Exception {
        Path welcome = data.resolve("prompts").resolve("en").resolve("welcome.wav");
        byte[] before = Files.readAllBytes(welcome);
        double secondsBefore = seconds(welcome);

        HttpResponse<String> saved = send("PUT", "/api/config/drafts/prompts/welcome/en",
                "{\"text\": \"Good morning and welcome to the town hall of our lovely little town by the river.\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        assertTrue(Arrays.equals(before, Files.readAllBytes(welcome)), "a draft must not change what callers hear");

        int number = Integer.parseInt(saved.body().replaceAll(".*\"number\"\\s*:\\s*(\\d+).*", "$1"));
        HttpResponse<String> published = send("POST", "/api/config/versions/" + number + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());

        assertFalse(Arrays.equals(before, Files.readAllBytes(welcome)));
        assertTrue(seconds(welcome) > secondsBefore + 1, "the longer text makes a longer prompt: "
                + secondsBefore + " s -> " + seconds(welcome) + " s");
    }
}
