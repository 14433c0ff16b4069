package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.CallQuery;
import org.townhall.ivr.store.Role;

/** The test call page in a real browser. */
class TestCallPageTest {
    @TempDir
    Path data;
    @TempDir
    Path profile;
    RunningServer ivr;
    Browser browser;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        browser = new Browser(ivr.baseUrl(), profile);
    }

    @AfterEach
    void stop() {
        browser.close();
        ivr.close();
    }

    private void waitForLine(String text) {
        browser.waitForText(By.id("dialogue"), text);
    }

    @Test
    @DisplayName("a supervisor calls the menu from the keypad, the department is busy, and the callback offer follows")
    void keypadToCallbackOffer() throws Exception {
        ivr.addUser("sophie", Role.SUPERVISOR);
        browser.signIn("sophie", RunningServer.PASSWORD);
        browser.open("/testcall");
        browser.screenshot("test-call-start");
        browser.find(By.id("start")).click();

        waitForLine("For civil status, identity cards and passports, press 1.");
        browser.find(By.cssSelector(".keypad button[data-key='2']")).click();
        waitForLine("menu main: key 2 → to-roads");
        waitForLine("Ringing PJSIP/1002");
        browser.waitFor(d -> d.findElement(By.id("dial-busy")).isEnabled());
        browser.screenshot("test-call-ringing");
        browser.find(By.id("dial-busy")).click();

        waitForLine("To be called back, press 1.");
        browser.driver().switchTo().activeElement().sendKeys("1"); // typed on the keyboard
        waitForLine("callback offer at to-roads: key 1");
        waitForLine("If this number is right, press 1.");
        browser.find(By.cssSelector(".keypad button[data-key='1']")).click();
        waitForLine("After the tone, tell us in a few words why you are calling");
        browser.find(By.id("silence")).click();

        browser.waitForText(By.id("call-status"), "callback requested");
        String dialogue = browser.find(By.id("dialogue")).getText();
        assertTrue(dialogue.contains("transfer to-roads: busy"), dialogue);
        assertTrue(dialogue.contains("This service cannot take your call right now."), dialogue);
        assertTrue(dialogue.contains("Your request is recorded under number"), dialogue);
        browser.screenshot("test-call");

        browser.find(By.cssSelector("a[lang=fr]")).click();
        browser.waitForText(By.id("call-status"), "rappel demandé");
        browser.waitForText(By.id("dialogue"), "menu main : touche 2 → to-roads");
        browser.waitForText(By.id("dialogue"), "offre de rappel à to-roads : touche 1");
        browser.screenshot("test-call-fr");
        assertTrue(ivr.server.store().callbacks(null, null, 10).isEmpty(), "test callbacks stay out of the real queue");
        assertTrue(ivr.server.store().calls(CallQuery.latest(10)).isEmpty(), "test calls stay out of the statistics");
    }
}
