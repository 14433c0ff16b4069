package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** The sign-in page in a real browser. */
class SignInPageTest {
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

    @Test
    @DisplayName("a wrong password shows an error; the right one opens the account page in the chosen language")
    void signInInTheBrowser() throws Exception {
        ivr.addUser("olivier", Role.OPERATOR);
        browser.open("/account");
        assertTrue(browser.driver().getCurrentUrl().contains("/login?next="));
        browser.screenshot("login");
        browser.driver().findElement(By.id("name")).sendKeys("olivier");
        browser.driver().findElement(By.id("password")).sendKeys("not the password");
        browser.driver().findElement(By.cssSelector("#login-form button")).click();
        browser.screenshot("login-wrong");
        browser.waitForText(By.id("login-error"), "Wrong user name or password");
        browser.signIn("olivier", RunningServer.PASSWORD);
        browser.open("/account");
        assertEquals("My account", browser.find(By.tagName("h1")).getText());
        browser.find(By.cssSelector("a[lang=fr]")).click();
        browser.waitForText(By.tagName("h1"), "Mon compte");
        browser.screenshot("account-fr");
    }
}
