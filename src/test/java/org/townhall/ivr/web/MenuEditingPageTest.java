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
import org.openqa.selenium.WebElement;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** A supervisor edits the menus in a real browser: prompt, opening hours, publish, roll back. */
class MenuEditingPageTest {
    @TempDir
    Path data;
    @TempDir
    Path profile;
    RunningServer ivr;
    Browser browser;

    @BeforeEach
    void start() throws Exception {
        ivr = new RunningServer(data);
        ivr.addUser("maria", Role.SUPERVISOR);
        browser = new Browser(ivr.baseUrl(), profile);
        browser.signIn("maria", RunningServer.PASSWORD);
    }

    @AfterEach
    void stop() {
        browser.close();
        ivr.close();
    }

    private void replace(By field, String text) {
        WebElement element = browser.find(field);
        element.clear();
        element.sendKeys(text);
    }

    @Test
    @DisplayName("a supervisor edits a prompt and an opening hour, sees a bad hour refused next to its field, publishes and rolls back")
    void editPublishRollBack() throws Exception {
        String before = ivr.server.townHall().version();
        browser.open("/menus");
        browser.waitForText(By.tagName("h1"), "Menus");
        assertTrue(browser.find(By.id("node-welcome")).getText().contains("Welcome to the town hall."));
        browser.screenshot("menus-tree");

        // a prompt
        browser.find(By.cssSelector("#node-welcome a")).click();
        browser.waitForText(By.tagName("h1"), "Node welcome");
        replace(By.id("menu.nodes.welcome.prompt.en"), "Welcome to the town hall of Demo.");
        browser.screenshot("menu-node-edit");
        browser.find(By.id("save")).click();
        browser.waitForText(By.id("saved"), "Saved as draft version 2");

        // an opening hour: refused next to its field, then fixed
        browser.open("/menus/departments/roads");
        replace(By.id("slots.0"), "25:00-26:00");
        browser.find(By.id("save")).click();
        browser.waitForText(By.id("error-departments_roads_hours_mon-fri"), "25:00-26:00");
        assertEquals("true", browser.find(By.id("slots.0")).getAttribute("aria-invalid"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("slots.0")));
        browser.screenshot("department-hours");
        assertEquals(2, ivr.server.versions().versions().size());
        replace(By.id("slots.0"), "08:00-16:00");
        browser.find(By.id("save")).click();
        browser.waitForText(By.id("saved"), "Saved as draft version 3");

        // publish
        browser.open("/menus/versions");
        assertTrue(browser.find(By.id("version-1")).getText().contains("Live"));
        browser.find(By.cssSelector("#version-3 button.publish")).click();
        browser.waitForText(By.id("done"), "Version 3 is now live");
        assertTrue(browser.find(By.id("version-3")).getText().contains("Live"));
        browser.screenshot("versions");
        assertTrue(ivr.server.townHall().menu().node("welcome").prompts().get(0).text("en").orElseThrow()
                .equals("Welcome to the town hall of Demo."));
        assertTrue(ivr.server.versions().version(3).yaml().contains("# key 0 leads here from every menu"));

        // what changed
        browser.open("/menus/versions/3/diff?against=1");
        browser.waitForText(By.tagName("h1"), "Version 3 compared with version 1");
        assertTrue(browser.find(By.cssSelector(".diff")).getText().contains("08:00-16:00"));
        browser.screenshot("diff");

        // roll back
        browser.open("/menus/versions");
        browser.find(By.cssSelector("#version-1 button.rollback")).click();
        browser.waitForText(By.id("done"), "version 1 is live again");
        assertTrue(browser.find(By.id("version-1")).getText().contains("Live"));
        assertEquals(before, ivr.server.townHall().version());
    }
}
