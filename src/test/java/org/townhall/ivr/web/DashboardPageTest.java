package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.townhall.ivr.app.RunningServer;

/** The first admin adds a supervisor in the users page; the supervisor reads the dashboard. In a real browser. */
class DashboardPageTest {
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
    @DisplayName("the first admin adds a supervisor through the form, who signs in and sees today's figures")
    void adminAddsSupervisorWhoSeesTheDashboard() throws Exception {
        ivr.call("press 2");
        ivr.call("press 1");
        ivr.call("hangup during wait for digit");
        ivr.call("press 2; dial busy; press 1; press 1; speak " + StatsApiTest.MESSAGE);
        String adminPassword = Files.readString(data.resolve("initial-admin-password")).strip();

        browser.signIn("admin", adminPassword);
        browser.open("/users");
        browser.find(By.id("new-name")).sendKeys("sophie");
        new Select(browser.find(By.id("new-role"))).selectByValue("supervisor");
        browser.find(By.id("new-password")).sendKeys("sophie's long secret");
        browser.find(By.cssSelector("#add-user button[type=submit]")).click();
        browser.waitForText(By.cssSelector("p.ok"), "User sophie added.");
        assertTrue(browser.find(By.cssSelector("tr[data-user=sophie]")).getText().contains("Supervisor"));
        browser.screenshot("users");
        browser.find(By.cssSelector("tr[data-user=sophie] a")).click();
        browser.waitForText(By.tagName("h1"), "User sophie");
        browser.screenshot("user-edit");
        browser.find(By.cssSelector("form[action='/logout'] button")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/login"));

        browser.signIn("sophie", "sophie's long secret");
        browser.open("/dashboard");

        browser.waitForText(By.id("summary"), "4 call(s)");
        assertEquals("2", browser.find(By.cssSelector("#outcomes tr[data-outcome=transferred] td.num")).getText());
        assertEquals("1", browser.find(By.cssSelector("#outcomes tr[data-outcome=callback] td.num")).getText());
        assertTrue(browser.find(By.cssSelector("#departments tr[data-department=roads]")).getText()
                .startsWith("Roads and street lighting 2"));
        assertTrue(browser.find(By.cssSelector("#waiting tr[data-department=roads]")).getText().contains("1"));
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
        browser.screenshot("dashboard");
        new Select(browser.find(By.id("period"))).selectByValue("7d");
        browser.find(By.cssSelector("form.filters button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("period=7d"));
        assertEquals(7, browser.driver().findElements(By.cssSelector("#per-day tbody tr")).size());
        browser.open("/audit");
        browser.waitForText(By.id("audit"), "user.add");
        browser.screenshot("audit");
    }
}
