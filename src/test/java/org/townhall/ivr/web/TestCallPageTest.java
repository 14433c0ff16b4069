package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.CallQuery;
import org.townhall.ivr.store.Role;

/** The test call page in a real browser. */
class TestCallPageTest {
    @RegisterExtension
    final ConsoleInBrowser console = new ConsoleInBrowser();

    private void waitForLine(String text) {
        console.browser.waitForText(By.id("dialogue"), text);
    }

    @Test
    @DisplayName("a supervisor calls the menu from the keypad, the department is busy, and the callback offer follows")
    void keypadToCallbackOffer() throws Exception {
        console.ivr.addUser("sophie", Role.SUPERVISOR);
        console.browser.signIn("sophie", RunningServer.PASSWORD);
        console.browser.open("/testcall");
        console.browser.screenshot("test-call-start");
        console.browser.find(By.id("start")).click();

        waitForLine("For civil status, identity cards and passports, press 1.");
        console.browser.find(By.cssSelector(".keypad button[data-key='2']")).click();
        waitForLine("menu main: key 2 → to-roads");
        waitForLine("Ringing PJSIP/1002");
        console.browser.waitFor(d -> d.findElement(By.id("dial-busy")).isEnabled());
        console.browser.screenshot("test-call-ringing");
        console.browser.find(By.id("dial-busy")).click();

        waitForLine("To be called back, press 1.");
        console.browser.driver().switchTo().activeElement().sendKeys("1"); // typed on the keyboard
        waitForLine("callback offer at to-roads: key 1");
        waitForLine("If this number is right, press 1.");
        console.browser.find(By.cssSelector(".keypad button[data-key='1']")).click();
        waitForLine("After the tone, tell us in a few words why you are calling");
        console.browser.find(By.id("silence")).click();

        console.browser.waitForText(By.id("call-status"), "callback requested");
        String dialogue = console.browser.find(By.id("dialogue")).getText();
        assertTrue(dialogue.contains("transfer to-roads: busy"), dialogue);
        assertTrue(dialogue.contains("This service cannot take your call right now."), dialogue);
        assertTrue(dialogue.contains("Your request is recorded under number"), dialogue);
        console.browser.screenshot("test-call");

        console.browser.find(By.cssSelector("a[lang=fr]")).click();
        console.browser.waitForText(By.id("call-status"), "rappel demandé");
        console.browser.waitForText(By.id("dialogue"), "menu main : touche 2 → to-roads");
        console.browser.waitForText(By.id("dialogue"), "offre de rappel à to-roads : touche 1");
        console.browser.screenshot("test-call-fr");
        assertTrue(console.ivr.server.store().callbacks(null, null, 10).isEmpty(), "test callbacks stay out of the real queue");
        assertTrue(console.ivr.server.store().calls(CallQuery.latest(10)).isEmpty(), "test calls stay out of the statistics");
    }
}
