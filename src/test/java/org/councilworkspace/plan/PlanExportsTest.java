package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.councilworkspace.base.NotAMemberException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class PlanExportsTest {

    private static final DocumentLocale THAI = new DocumentLocale(Locale.forLanguageTag("th"), ZoneId.of("Asia/Bangkok"));
    private static final DocumentLocale JAPANESE = new DocumentLocale(Locale.JAPANESE, ZoneId.of("Asia/Tokyo"));

    @Autowired PlanFixtures planFixtures;
    @Autowired PlanExports exports;
    @Autowired VersionService versions;
    @Autowired org.councilworkspace.consensus.ConsensusService consensus;
    @Autowired org.councilworkspace.consensus.ChairService chair;

    PlanWorld w;
    long vision;
    long ev;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        vision = planFixtures.section(w, null, "วิสัยทัศน์");
        ev = planFixtures.section(w, vision, "議事次第");
        planFixtures.write(w.lead(), vision, "สถานที่ของผู้ใหญ่ใช้น้ำเท่านั้น\n\n- หนึ่ง\n- สอง");
        planFixtures.write(w.lead(), ev, "新旧対照表\n\n| 旧 | 新 |\n|---|---|\n| a | b |");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_frozen_version_becomes_a_document_with_title_page_numbered_sections_and_labels_in_the_readers_language() {
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "ฉบับประชุม", null));
        planFixtures.write(w.lead(), vision, "later text");

        CouncilDocument doc = AsUser.call(w.observer(), () -> exports.version(version, THAI));

        assertThat(doc.languageTag()).isEqualTo("th");
        assertThat(doc.titlePage().versionLabel()).isEqualTo("ฉบับ ฉบับประชุม (0.1)");
        assertThat(doc.titlePage().status()).isEqualTo("ร่างระหว่างจัดทำ");
        assertThat(doc.titlePage().cycle()).startsWith("รอบแผน 2027–2031");
        assertThat(doc.blocks().get(0)).isEqualTo(new Block.TableOfContents("สารบัญ"));
        assertThat(doc.blocks()).contains(new Block.Heading(1, "1", "วิสัยทัศน์", "s" + vision),
                new Block.Heading(2, "1.1", "議事次第", "s" + ev));
        assertThat(doc.blocks()).anyMatch(b -> b instanceof Block.Paragraph p
                && p.text().equals("สถานที่ของผู้ใหญ่ใช้น้ำเท่านั้น"));
        assertThat(doc.blocks()).noneMatch(b -> b instanceof Block.Paragraph p && p.text().equals("later text"));
        assertThat(doc.blocks()).anyMatch(b -> b instanceof Block.Table);
    }

    @Test
    void a_version_carries_the_chairs_standing_declarations_as_written() {
        for (var voter : java.util.List.of(w.member(), w.chair(), w.lead())) {
            AsUser.run(voter, () -> consensus.recordPosition(w.planId(), vision,
                    org.councilworkspace.consensus.Stance.AGREE, null));
        }
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), vision, "ผู้ใหญ่ทุกฝ่ายเห็นชอบ <ตามที่ประชุม>", false));
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v1", null));

        CouncilDocument doc = AsUser.call(w.observer(), () -> exports.version(version, THAI));

        assertThat(doc.blocks()).contains(new Block.Heading(1, "", "การประกาศฉันทามติของประธาน", "declarations"),
                new Block.Heading(2, "", "1 วิสัยทัศน์", "declaration-1"));
        assertThat(doc.blocks()).anyMatch(b -> b instanceof Block.Paragraph p
                && p.text().equals("ผู้ใหญ่ทุกฝ่ายเห็นชอบ <ตามที่ประชุม>"));
    }

    @Test
    void the_current_draft_carries_the_latest_text_and_says_it_is_not_a_frozen_version() {
        planFixtures.write(w.lead(), vision, "最新の本文");

        CouncilDocument doc = AsUser.call(w.member(), () -> exports.draft(w.planId(), JAPANESE));

        assertThat(doc.titlePage().versionLabel()).isEqualTo("現在の案（固定版ではありません）");
        assertThat(doc.blocks()).anyMatch(b -> b instanceof Block.Paragraph p && p.text().equals("最新の本文"));
    }

    @Test
    void the_pdf_of_a_version_is_a_pdf_in_the_readers_language() throws Exception {
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));

        byte[] pdf = AsUser.call(w.member(), () -> exports.versionPdf(version, THAI, new PdfRenderer.Options(true)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("th");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void outsiders_and_the_platform_administrator_cannot_export_a_councils_plan() {
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));

        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> exports.versionPdf(version, THAI,
                PdfRenderer.Options.plain()))).isInstanceOf(NotAMemberException.class);
        assertThatThrownBy(() -> AsUser.call(w.admin(), () -> exports.draftPdf(w.planId(), THAI,
                PdfRenderer.Options.plain()))).isInstanceOf(NotAMemberException.class);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> exports.version(version + 999, THAI)))
                .isInstanceOf(NotFoundException.class);
    }
}
