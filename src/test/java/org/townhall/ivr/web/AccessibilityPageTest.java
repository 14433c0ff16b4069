package org.townhall.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.townhall.ivr.app.RunningServer;
import org.townhall.ivr.store.Role;

/** Every main page of the console, in a real browser, in both languages: labelled fields, one heading, language. */
class AccessibilityPageTest {
    static final List<String> PAGES = List.of("/operator", "/callbacks", "/menus", "/menus/departments/roads",
            "/menus/nodes/main", "/menus/versions", "/menus/yaml", "/testcall", "/dashboard", "/users", "/audit",
            "/account");

    /** Visible form controls with no label: not a label[for], not inside a label, no aria-label(ledby). */
    private static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('input, select, textarea'))
              .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button')
              .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]'))
                        && !e.closest('label') && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => (e.name || e.id || e.outerHTML.substring(0, 80)));
            """;

    @RegisterExtension
    final ConsoleInBrowser console = new ConsoleInBrowser();

    @Test
    @DisplayName("every field of every main page has a label, each page one h1 and its language, in English and French")
    void pagesAreLabelled() throws Exception {
        console.ivr.addUser("ada", Role.ADMIN);
        console.browser.signIn("ada", RunningServer.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            console.browser.open("/lang/" + lang + "?back=/account");
            for (String page : PAGES) {
                console.browser.open(page);
                var driver = console.browser.driver();
                assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"), page);
                int headings = driver.findElements(By.tagName("h1")).size();
                if (headings != 1) {
                    problems.add(lang + " " + page + ": " + headings + " h1 headings");
                }
                @SuppressWarnings("unchecked")
                List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript(UNLABELLED);
                if (!unlabelled.isEmpty()) {
                    problems.add(lang + " " + page + ": fields without a label " + unlabelled);
                }
                assertTrue(driver.findElements(By.cssSelector("a.skip[href='#main']")).size() == 1, page);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
