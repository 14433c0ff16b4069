package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** A supervisor edits the menus in a real browser: prompt, opening hours, publish, roll back. */
class MenuEditingPageTest {
    @RegisterExtension
    final ConsoleInBrowser console = new ConsoleInBrowser();

    @BeforeEach
    void signIn() throws Exception {
        console.ivr.addUser("maria", Role.SUPERVISOR);
        console.browser.signIn("maria", RunningServer.PASSWORD);
    }

    private void replace(By field, String text) {
        WebElement element = console.browser.find(field);
        element.clear();
        element.sendKeys(text);
    }

    @Test
    @DisplayName("a supervisor edits a prompt and an opening hour, sees a bad hour refused next to its field, publishes and rolls back")
    void editPublishRollBack() throws Exception {
        String before = console.ivr.server.townHall().version();
        console.browser.open("/menus");
        console.browser.waitForText(By.tagName("h1"), "Menus");
        assertTrue(console.browser.find(By.id("node-welcome")).getText().contains("Welcome to the town hall."));
        console.browser.screenshot("menus-tree");

        // a prompt
        console.browser.find(By.cssSelector("#node-welcome a")).click();
        console.browser.waitForText(By.tagName("h1"), "Node welcome");
        replace(By.id("menu.nodes.welcome.prompt.en"), "Welcome to the town hall of Demo.");
        console.browser.screenshot("menu-node-edit");
        console.browser.find(By.id("save")).click();
        console.browser.waitForText(By.id("saved"), "Saved as draft version 2");

        // an opening hour: refused next to its field, then fixed
        console.browser.open("/menus/departments/roads");
        replace(By.id("slots.0"), "25:00-26:00");
        console.browser.find(By.id("save")).click();
        console.browser.waitForText(By.id("error-departments_roads_hours_mon-fri"), "25:00-26:00");
        assertEquals("true", console.browser.find(By.id("slots.0")).getAttribute("aria-invalid"));
        ((org.openqa.selenium.JavascriptExecutor) console.browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", console.browser.find(By.id("slots.0")));
        console.browser.screenshot("department-hours");
        assertEquals(2, console.ivr.server.versions().versions().size());
        replace(By.id("slots.0"), "08:00-16:00");
        console.browser.find(By.id("save")).click();
        console.browser.waitForText(By.id("saved"), "Saved as draft version 3");

        // publish
        console.browser.open("/menus/versions");
        assertTrue(console.browser.find(By.id("version-1")).getText().contains("Live"));
        console.browser.find(By.cssSelector("#version-3 button.publish")).click();
        console.browser.waitForText(By.id("done"), "Version 3 is now live");
        assertTrue(console.browser.find(By.id("version-3")).getText().contains("Live"));
        console.browser.screenshot("versions");
        assertTrue(console.ivr.server.townHall().menu().node("welcome").prompts().get(0).text("en").orElseThrow()
                .equals("Welcome to the town hall of Demo."));
        assertTrue(console.ivr.server.versions().version(3).yaml().contains("# key 0 leads here from every menu"));

        // what changed
        console.browser.open("/menus/versions/3/diff?against=1");
        console.browser.waitForText(By.tagName("h1"), "Version 3 compared with version 1");
        assertTrue(console.browser.find(By.cssSelector(".diff")).getText().contains("08:00-16:00"));
        console.browser.screenshot("diff");

        // roll back
        console.browser.open("/menus/versions");
        console.browser.find(By.cssSelector("#version-1 button.rollback")).click();
        console.browser.waitForText(By.id("done"), "version 1 is live again");
        assertTrue(console.browser.find(By.id("version-1")).getText().contains("Live"));
        assertEquals(before, console.ivr.server.townHall().version());
    }
}
