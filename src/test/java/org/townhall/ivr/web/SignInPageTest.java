package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** The sign-in page in a real browser. */
class SignInPageTest {
    @RegisterExtension
    final ConsoleInBrowser console = new ConsoleInBrowser();

    @Test
    @DisplayName("a wrong password shows an error; the right one opens the account page in the chosen language")
    void signInInTheBrowser() throws Exception {
        console.ivr.addUser("olivier", Role.OPERATOR);
        console.browser.open("/account");
        assertTrue(console.browser.driver().getCurrentUrl().contains("/login?next="));
        console.browser.screenshot("login");
        console.browser.driver().findElement(By.id("name")).sendKeys("olivier");
        console.browser.driver().findElement(By.id("password")).sendKeys("not the password");
        console.browser.driver().findElement(By.cssSelector("#login-form button")).click();
        console.browser.screenshot("login-wrong");
        console.browser.waitForText(By.id("login-error"), "Wrong user name or password");
        console.browser.signIn("olivier", RunningServer.PASSWORD);
        console.browser.open("/account");
        assertEquals("My account", console.browser.find(By.tagName("h1")).getText());
        console.browser.find(By.cssSelector("a[lang=fr]")).click();
        console.browser.waitForText(By.tagName("h1"), "Mon compte");
        console.browser.screenshot("account-fr");
    }
}
