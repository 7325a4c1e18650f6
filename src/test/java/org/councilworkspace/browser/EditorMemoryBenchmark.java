package org.councilworkspace.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.benchmark.Figures;
import org.junit.jupiter.api.Test;

/**
 * Server memory held per open editor tab, against the heap before the tabs opened: first as more tabs
 * of one signed-in person (UI, editor and push connection), then as new people each signing in (adding
 * their session and the pages passed on the way). Run with -Pbenchmark (and -Pproduction for the
 * figures of a deployed app).
 */
class EditorMemoryBenchmark extends BrowserTest {

    private static final int TABS = 10;

    @Test
    void memory_per_open_editor_tab() {
        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        openEditor(page, 0);
        List<Page> pages = new ArrayList<>();
        long before = Figures.usedHeap();
        for (int i = 0; i < TABS; i++) {
            Page tab = context.newPage();
            pages.add(tab);
            openEditor(tab, i);
        }
        long after = Figures.usedHeap();
        System.out.printf("BENCHMARK server heap per extra editor tab of a signed-in person: %.0f KB (%d tabs)%n",
                (after - before) / 1024.0 / TABS, TABS);

        List<BrowserContext> people = new ArrayList<>();
        try {
            before = Figures.usedHeap();
            for (int i = 0; i < TABS; i++) {
                BrowserContext person = newContext(1280);
                people.add(person);
                Page p = person.newPage();
                loginPage(p).open().signIn("kittisak", LoginPage.DEMO_PASSWORD);
                openEditor(p, i);
            }
            after = Figures.usedHeap();
            System.out.printf("BENCHMARK server heap per person signing in and opening the editor: %.0f KB (%d people)%n",
                    (after - before) / 1024.0 / TABS, TABS);
        } finally {
            people.forEach(BrowserContext::close);
        }
    }

    private void openEditor(Page p, int i) {
        p.navigate(url("plans/1/sections/" + (i % 2 == 0 ? 3 : 6)));
        p.waitForSelector("#edit-section").click();
        p.waitForSelector("#section-text textarea");
    }
}
