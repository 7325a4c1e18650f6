package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingDocuments;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member searches in Thai, narrows the hits to sections, and opens one at the passage, marked; a reader without
 * JavaScript searches the public portal in Japanese, finds the published minutes, and finds a word inside a public
 * spreadsheet of a meeting, which opens the meeting's page at the paper and downloads.
 */
class SearchIT extends BrowserTest {

    private static final String THAI = "ยานยนต์ไฟฟ้า";

    @Autowired CouncilService councils;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MeetingDocuments documents;
    @Autowired Clock clock;
    @Autowired DSLContext db;

    @Test
    void a_member_searches_in_thai_filters_to_sections_and_opens_a_hit_at_its_passage() {
        loginPage(page).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
        Locator hits = page.locator("#search-results .cw-search-hit");
        // The demo data is indexed in the background as the app starts: search again until it is there.
        for (int attempt = 0; attempt < 30 && hits.count() == 0; attempt++) {
            page.navigate(url("search"));
            page.locator("#search-query input").fill(THAI);
            page.locator("#search-query input").press("Enter");
            assertThat(page.locator("#search-notice")).not().isEmpty();
        }
        assertThat(hits.first()).isVisible();
        assertThat(page.locator("#search-results mark.cw-search-match").first()).hasText(THAI);

        page.locator("#search-kind vaadin-select-value-button").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Section").setExact(true)).click();
        page.locator("#search-submit").click();
        page.waitForURL("**kind=SECTION**");
        assertThat(hits.first()).isVisible();
        assertThat(page.locator("#search-results .cw-search-hit [theme~=badge]").filter(new Locator.FilterOptions()
                .setHasNotText("Section"))).hasCount(0);
        screenshot(page, "search-results");

        Locator summary = page.locator("#search-results a.cw-search-hit-link")
                .filter(new Locator.FilterOptions().setHasText("บทสรุปผู้บริหาร"));
        summary.click();
        page.waitForURL("**/sections/**highlight=**");
        assertThat(page.locator("#section-title")).containsText("บทสรุปผู้บริหาร");
        Locator marked = page.locator("#section-body mark.cw-search-match");
        assertThat(marked.first()).hasText(THAI);
        assertThat(marked.first()).isInViewport();
        screenshot(page, "search-opened-section");
    }

    @Test
    void a_reader_without_javascript_searches_the_portal_in_japanese() {
        BrowserContext noScript = newContext(1024, false);
        try {
            Page reader = noScript.newPage();
            String address = url("public/ja/search?q=" + URLEncoder.encode("調達先", StandardCharsets.UTF_8));
            Locator hit = reader.locator(".search-hit a");
            for (int attempt = 0; attempt < 30 && hit.count() == 0; attempt++) {
                reader.navigate(address);
            }
            assertThat(hit.first()).isVisible();
            assertThat(reader.locator(".search-hit mark").first()).hasText("調達先");
            hit.first().click();
            assertThat(reader.locator("h1")).containsText("製造業競争力強化小委員会");
            reader.navigate(url("public/ja/search"));
            reader.locator("#q").fill("未公開の語句ではありません");
            reader.locator("#portal-search-form button").click();
            assertThat(reader.locator("#portal-search-notice")).isVisible();
        } finally {
            noScript.close();
        }
    }

    @Test
    void a_reader_finds_a_word_inside_a_public_spreadsheet_of_a_meeting_and_opens_the_paper() throws IOException {
        // A meeting of its own, so no other test's use of the demo meetings matters here.
        String word = "zqpaper" + Long.toString(System.nanoTime(), 36);
        TestUser sato = new TestUser(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("sato"))
                .fetchSingle(APP_USER.ID), "sato", false);
        byte[] xlsx = workbook("蓄電池の調達計画", word);
        long[] ids = AsUser.call(sato, () -> {
            long councilId = councils.myCouncils().stream().filter(c -> c.role() == CouncilRole.SECRETARIAT)
                    .map(MyCouncil::councilId).findFirst().orElseThrow();
            OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusDays(40);
            long meeting = meetings.createMeeting(councilId, new NewMeeting(MeetingKind.WORKING_GROUP,
                    "資料検索の確認会合", start, start.plusHours(2), "会議室", null, null, Set.of()));
            agendas.addItem(meeting, new NewAgendaItem("蓄電池の調達", 30, null, AgendaPurpose.INFORMATION, null));
            long paper = documents.add(meeting, "調達計画表", "procurement.xlsx", xlsx, true);
            agendas.publish(meeting);
            return new long[] {meeting, paper};
        });

        BrowserContext noScript = newContext(1024, false);
        try {
            Page reader = noScript.newPage();
            String address = url("public/ja/search?kind=PUBLIC_DOCUMENT&q="
                    + URLEncoder.encode("調達計画 " + word, StandardCharsets.UTF_8));
            Locator hit = reader.locator(".search-hit h2 a");
            // Read on the index's thread after the upload: search again until it is there.
            for (int attempt = 0; attempt < 30 && hit.count() == 0; attempt++) {
                reader.navigate(address);
            }
            assertThat(hit).hasCount(1);
            assertThat(hit).hasText("procurement.xlsx · 資料検索の確認会合");
            assertThat(reader.locator(".search-hit .muted")).containsText("会議資料");
            assertThat(reader.locator(".search-hit mark").first()).containsText("調達");
            String download = reader.locator(".search-hit a.search-hit-download").getAttribute("href");
            org.assertj.core.api.Assertions.assertThat(download)
                    .isEqualTo("/public/ja/meetings/" + ids[0] + "/documents/" + ids[1]);
            org.assertj.core.api.Assertions.assertThat(reader.request().get(url(download.substring(1))).body())
                    .isEqualTo(xlsx);

            hit.click();
            reader.waitForURL("**/meetings/" + ids[0] + "#document-" + ids[1]);
            assertThat(reader.locator("h1")).hasText("資料検索の確認会合");
            assertThat(reader.locator("#document-" + ids[1] + " a")).hasText("調達計画表");
        } finally {
            noScript.close();
        }
    }

    private static byte[] workbook(String... cells) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("2027").createRow(0);
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
