package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.simulator.CallTranscript;
import org.townhall.ivr.store.Callback;
import org.townhall.ivr.store.CallbackStatus;
import org.townhall.ivr.store.Role;

/** An operator's pages in a real browser: the screen pop of a ringing transfer, then working a callback. */
class OperatorPagesBrowserTest {
    static final String MESSAGE = CallbackQueueApiTest.MESSAGE;

    @RegisterExtension
    final ConsoleInBrowser console = new ConsoleInBrowser();

    /** The text of the first element matching {@code css}, or "" while there is none (or htmx is replacing it). */
    private static String text(WebDriver driver, String css) {
        try {
            return driver.findElements(By.cssSelector(css)).stream().findFirst().map(WebElement::getText).orElse("");
        } catch (WebDriverException e) {
            return "";
        }
    }

    private void waitForText(String css, String expected) {
        console.browser.waitFor(d -> text(d, css).contains(expected));
    }

    @Test
    @DisplayName("a transfer ringing the operator's department pops up with the topic, the caller and their history")
    void screenPop() throws Exception {
        console.ivr.call("press 2; dial busy; press 1; press 1; speak " + MESSAGE); // last week: roads busy, callback asked
        console.ivr.addUser("rose", Role.OPERATOR, "roads");
        console.browser.signIn("rose", RunningServer.PASSWORD);
        console.browser.open("/operator");
        console.browser.waitFor(d -> "live".equals(d.findElement(By.id("live-status")).getAttribute("data-state")));

        CompletableFuture<CallTranscript> call = CompletableFuture.supplyAsync(() -> {
            try {
                return console.ivr.callRealTime("press 2; dial answer after 4000 talk 500");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        WebElement pop = console.browser.find(By.id("screen-pop"));
        assertEquals("alert", pop.getAttribute("role"));
        waitForText("#pop-department", "Roads and street lighting");
        assertEquals("0612345678", text(console.browser.driver(), "#pop-number"));
        assertEquals("tel:0612345678", console.browser.driver().findElement(By.id("pop-number")).getAttribute("href"));
        assertEquals("Jean Dupont", text(console.browser.driver(), "#pop-name"));
        assertTrue(text(console.browser.driver(), "#pop-topic").contains("main:2"), text(console.browser.driver(), "#pop-topic"));
        waitForText("#pop-calls tbody", "Callback requested");
        assertTrue(text(console.browser.driver(), "#pop-calls tbody").contains("Roads and street lighting"));
        waitForText("#pop-callbacks tbody", "Waiting (0 attempts)");
        assertEquals(pop, console.browser.driver().switchTo().activeElement(), "the pop takes the keyboard focus");
        waitForText("#ringing tbody", "0612345678");
        console.browser.screenshot("operator-screen-pop");

        assertEquals("ANSWER", call.get(60, TimeUnit.SECONDS).dialAttempts().get(0).status());
        waitForText("#pop-state", "Call ended");
        waitForText("#calls tbody", "None");
    }

    @Test
    @DisplayName("an operator works a callback: claim, no answer, claim again, called back, done with a note")
    void workACallback() throws Exception {
        console.ivr.clock.set(RunningServer.WEDNESDAY_10H); // urban planning is closed: the caller asks for a callback
        console.ivr.call("press 4; press 1; press 1; speak " + MESSAGE);
        Callback callback = console.ivr.server.store().callbacks(CallbackStatus.OPEN, "planning", 10).get(0);
        String row = "#callback-" + callback.id();
        console.ivr.addUser("paul", Role.OPERATOR, "planning");
        console.browser.signIn("paul", RunningServer.PASSWORD);

        console.browser.open("/callbacks");
        assertEquals("Callback queue", console.browser.find(By.tagName("h1")).getText());
        assertEquals("tel:0612345678", console.browser.find(By.cssSelector(row + " a[href^='tel:']")).getAttribute("href"));
        assertTrue(text(console.browser.driver(), row).contains("Urban planning"));
        assertEquals(1, console.browser.driver().findElements(By.cssSelector(row + " audio")).size(), "the message plays here");

        console.browser.find(By.cssSelector(row + " button.claim")).click();
        waitForText(row + " .notice", "Yours now");
        console.browser.screenshot("callbacks-queue");

        console.browser.find(By.cssSelector(row + " button.no-answer")).click();
        waitForText(row + " .notice", "one attempt so far");
        assertEquals("1", text(console.browser.driver(), row + " td.attempts"));

        console.browser.find(By.cssSelector(row + " button.claim")).click();
        waitForText(row + " .notice", "One attempt so far");
        console.browser.find(By.cssSelector(row + " button.called")).click();
        waitForText(row + " .status", "Called back");
        assertEquals("2", text(console.browser.driver(), row + " td.attempts"));

        console.browser.find(By.cssSelector(row + " textarea[name=note]")).sendKeys("Permit explained, form sent by mail");
        console.browser.find(By.cssSelector(row + " button.done")).click();
        waitForText(row + " .status", "Done");
        waitForText(row + " .note", "Permit explained");
        console.browser.screenshot("callbacks-done");

        Callback done = console.ivr.server.store().callbacks(null, "planning", 10).get(0);
        assertEquals(CallbackStatus.DONE, done.status());
        assertEquals(2, done.attempts());
        assertEquals("Permit explained, form sent by mail", done.notes());
        assertEquals("paul", done.claimedBy());
    }
}
