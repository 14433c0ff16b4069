package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.townhall.ivr.app.RunningServer;

/** The first admin adds a supervisor in the users page; the supervisor reads the dashboard. In a real browser. */
class DashboardPageTest {
    @RegisterExtension
    final ConsoleInBrowser console = new ConsoleInBrowser();

    @Test
    @DisplayName("the first admin adds a supervisor through the form, who signs in and sees today's figures")
    void adminAddsSupervisorWhoSeesTheDashboard() throws Exception {
        console.ivr.call("press 2");
        console.ivr.call("press 1");
        console.ivr.call("hangup during wait for digit");
        console.ivr.call("press 2; dial busy; press 1; press 1; speak " + StatsApiTest.MESSAGE);
        String adminPassword = Files.readString(console.data.resolve("initial-admin-password")).strip();

        console.browser.signIn("admin", adminPassword);
        console.browser.open("/users");
        console.browser.find(By.id("new-name")).sendKeys("sophie");
        new Select(console.browser.find(By.id("new-role"))).selectByValue("supervisor");
        console.browser.find(By.id("new-password")).sendKeys("sophie's long secret");
        console.browser.find(By.cssSelector("#add-user button[type=submit]")).click();
        console.browser.waitForText(By.cssSelector("p.ok"), "User sophie added.");
        assertTrue(console.browser.find(By.cssSelector("tr[data-user=sophie]")).getText().contains("Supervisor"));
        console.browser.screenshot("users");
        console.browser.find(By.cssSelector("tr[data-user=sophie] a")).click();
        console.browser.waitForText(By.tagName("h1"), "User sophie");
        console.browser.screenshot("user-edit");
        console.browser.find(By.cssSelector("form[action='/logout'] button")).click();
        console.browser.waitFor(d -> d.getCurrentUrl().contains("/login"));

        console.browser.signIn("sophie", "sophie's long secret");
        console.browser.open("/dashboard");

        console.browser.waitForText(By.id("summary"), "4 call(s)");
        assertEquals("2", console.browser.find(By.cssSelector("#outcomes tr[data-outcome=transferred] td.num")).getText());
        assertEquals("1", console.browser.find(By.cssSelector("#outcomes tr[data-outcome=callback] td.num")).getText());
        assertTrue(console.browser.find(By.cssSelector("#departments tr[data-department=roads]")).getText()
                .startsWith("Roads and street lighting 2"));
        assertTrue(console.browser.find(By.cssSelector("#waiting tr[data-department=roads]")).getText().contains("1"));
        console.browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
        console.browser.screenshot("dashboard");
        new Select(console.browser.find(By.id("period"))).selectByValue("7d");
        console.browser.find(By.cssSelector("form.filters button[type=submit]")).click();
        console.browser.waitFor(d -> d.getCurrentUrl().contains("period=7d"));
        assertEquals(7, console.browser.driver().findElements(By.cssSelector("#per-day tbody tr")).size());
        console.browser.open("/audit");
        console.browser.waitForText(By.id("audit"), "user.add");
        console.browser.screenshot("audit");
    }
}
