package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Members record positions, the chair's open matrix follows live, the chair declares, the annex is exported. */
class ConsensusIT extends BrowserTest {

    private static final String OBJECTIVES = "Objectives and targets";

    @Test
    void members_record_positions_the_chair_sees_it_live_declares_and_the_objection_reaches_the_annex() throws Exception {
        loginPage(page).open().signIn("somchai", LoginPage.DEMO_PASSWORD);
        page.navigate(url("plans/1/consensus"));
        Locator objectivesRow = page.locator("#consensus-matrix vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(OBJECTIVES));
        assertThat(objectivesRow.first()).isVisible();
        String expertsBefore = expertCell();

        BrowserContext members = newContext(1280);
        try {
            Page member = members.newPage();
            for (String who : new String[] {"arunee", "prasert"}) {
                loginPage(member).open().signIn(who, LoginPage.DEMO_PASSWORD);
                SectionPage.open(member, url(""), 1, OBJECTIVES);
                member.locator("#section-change-position").click();
                member.locator("#section-position vaadin-radio-button").first().click();
                member.locator("#save-position").click();
                assertThat(member.locator("#section-position-status")).containsText("Agree");
                new ShellPage(member).signOut();
            }
        } finally {
            members.close();
        }

        // The chair's page was never reloaded: the expert column of the row changed by push.
        page.waitForCondition(() -> !expertCell().equals(expertsBefore));
        assertThat(expertCell()).contains("✔3");

        page.locator("vaadin-button.cw-matrix-details[aria-label*='" + OBJECTIVES + "']").click();
        page.locator("#declare-summary textarea").fill("Agreed by a qualified majority; the objection is recorded.");
        // Declaring asks first, naming the section and what follows; cancelling declares nothing.
        page.locator("#declare-consensus").click();
        Locator confirm = page.locator("vaadin-dialog-overlay:has(#final-action-confirm)");
        assertThat(confirm).isVisible();
        // The chair reads Thai: "Declare consensus on <section>", and that the objection goes to the annex.
        String title = (String) page.locator("#final-action").evaluate("dialog => dialog.headerTitle");
        assertThat(title).startsWith("ประกาศฉันทามติในส่วน").endsWith(OBJECTIVES);
        assertThat(confirm).containsText("ภาคผนวกความเห็นส่วนน้อย");
        assertThat(page.locator("#final-action-cancel")).isFocused();
        screenshot(page, "declare-consensus-confirmation");
        page.locator("#final-action-cancel").click();
        assertThat(confirm).isHidden();
        assertThat(page.locator("#minority-annex")).not().containsText("pickup exporters");
        assertThat(page.locator("#declare-summary textarea")).hasValue(
                "Agreed by a qualified majority; the objection is recorded.");
        page.locator("#declare-consensus").click();
        page.locator("#final-action-confirm").click();
        page.waitForCondition(() -> page.locator("#minority-annex").innerText().contains("pickup exporters"));
        screenshot(page, "consensus-matrix");

        page.navigate(url("plans/1/versions"));
        page.locator("#versions-grid a").first().click();
        Download download = page.waitForDownload(() -> page.locator("#download-markdown").click());
        String markdown = Files.readString(download.path());
        // The demo's automotive council writes its documents in Thai.
        assertThat(markdown).contains("## ภาคผนวกความเห็นเสียงข้างน้อย", "not achievable for pickup exporters",
                "Tying incentives to local battery production");
    }

    /** The text of the Expert cell in the Objectives row. */
    private String expertCell() {
        return (String) page.evaluate("() => { const cells = [...document.querySelectorAll('#consensus-matrix vaadin-grid-cell-content')];"
                + " const i = cells.findIndex(c => c.innerText.includes('" + OBJECTIVES + "'));"
                + " return i < 0 ? '' : cells[i + 4].innerText; }");
    }
}
