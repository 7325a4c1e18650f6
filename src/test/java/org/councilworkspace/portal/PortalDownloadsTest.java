package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PdfReading;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
@AutoConfigureMockMvc
class PortalDownloadsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired RoundService rounds;
    @Autowired ReviewService review;
    @Autowired PublicConsultation publicSide;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_published_version_downloads_as_word_labelled_in_the_pages_language_and_an_unpublished_one_is_not_found()
            throws Exception {
        ConsultationWorld.World w = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock).create();
        mvc.perform(get("/public/ja/versions/" + w.versionId() + ".docx")).andExpect(status().isNotFound());
        AsUser.run(w.secretariat(), () -> published.publish(w.versionId()));
        String page = mvc.perform(get("/public/ja/versions/" + w.versionId())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("/public/ja/versions/" + w.versionId() + ".docx",
                "/public/api/v1/versions/" + w.versionId());
        byte[] docx = mvc.perform(get("/public/ja/versions/" + w.versionId() + ".docx")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=300"))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("目次", "30% zero-emission vehicles by 2031.");
        }
        byte[] again = mvc.perform(get("/public/ja/versions/" + w.versionId() + ".docx")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(again).as("kept, not set again").isEqualTo(docx);
    }

    @Test
    void the_results_download_as_pdf_and_spreadsheet_and_an_adopted_change_links_to_the_published_version_carrying_it()
            throws Exception {
        ConsultationWorld worlds = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World w = worlds.create();
        long round = worlds.openPublicRound(w);
        publicSide.submit(round, ConsultationWorld.comment("Ana Lima", "Say 2030, not 2031.", w.targets(), false),
                "198.51.100.7");
        SaveOutcome saved = planFixtures.write(w.plan().lead(), w.targets(), "30% zero-emission vehicles by 2030.");
        long revision = ((SaveOutcome.Saved) saved).revision().id();
        AsUser.run(w.secretariat(), () -> {
            rounds.closeNow(round, "Enough comments.");
            Submission s = review.submissions(round, SubmissionFilter.ALL, 0, 1).get(0);
            review.respond(s.id(), Disposition.ADOPTED, "The date moves to 2030.", revision);
            review.publish(round, false);
        });
        String results = "/public/en/consultations/" + round + "/results";
        assertThat(mvc.perform(get(results)).andReturn().getResponse().getContentAsString())
                .as("no published version carries the change yet").doesNotContain("class=\"change-link\"");
        long carrying = AsUser.call(w.secretariat(), () -> versions.freeze(w.plan().planId(), false, "v0.2", null));
        AsUser.run(w.secretariat(), () -> published.publish(carrying));
        assertThat(mvc.perform(get(results)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/public/en/versions/" + carrying + "#s" + w.targets() + "\"");

        byte[] pdf = mvc.perform(get(results + ".pdf")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=300"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfReading.text(pdf)).contains("Say 2030, not 2031.", "The date moves to 2030.")
                .doesNotContain("Ana Lima");
        byte[] xlsx = mvc.perform(get(results + ".xlsx")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = book.getSheetAt(0).getRow(1);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(row.getCell(2))).isEqualTo("Say 2030, not 2031.");
            assertThat(f.formatCellValue(row.getCell(6))).isEqualTo("The date moves to 2030.");
            assertThat(f.formatCellValue(row.getCell(3))).doesNotContain("Ana");
        }
    }

    @Test
    void the_results_files_of_a_round_not_yet_published_are_not_found() throws Exception {
        ConsultationWorld worlds = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        long round = worlds.openPublicRound(worlds.create());
        mvc.perform(get("/public/en/consultations/" + round + "/results.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/public/en/consultations/" + round + "/results.xlsx")).andExpect(status().isNotFound());
    }
}
