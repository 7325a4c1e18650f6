package org.councilworkspace.wordexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.councilworkspace.base.NotAMemberException;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A frozen version as Word: its label on the title page and in the header, for those who may read the plan only. */
@ServiceTest
class PlanDocxTest {

    static final DocumentLocale THAI = new DocumentLocale(Locale.forLanguageTag("th"), ZoneId.of("Asia/Bangkok"));

    @Autowired PlanFixtures planFixtures;
    @Autowired PlanExports exports;
    @Autowired VersionService versions;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_frozen_version_as_word_carries_its_label_title_page_and_thai_text() throws Exception {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "วิสัยทัศน์");
        planFixtures.write(w.secretariat(), section, "สถานที่ ผู้ใหญ่ น้ำ เท่านั้น");
        long versionId = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.4 for the 3rd plenary",
                null));
        byte[] docx = AsUser.call(w.observer(), () -> DocxRenderer.render(exports.version(versionId, THAI)));
        try (XWPFDocument doc = DocxRendererTest.read(docx)) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText() + "|" + p.getStyle())
                    .isEqualTo("1 วิสัยทัศน์|Heading1"));
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .isEqualTo("สถานที่ ผู้ใหญ่ น้ำ เท่านั้น"));
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText() + "|" + p.getStyle())
                    .contains("v0.4 for the 3rd plenary").endsWith("|Subtitle"));
            assertThat(doc.getHeaderList().get(0).getText()).contains("v0.4 for the 3rd plenary");
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("th-TH");
        }
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> exports.version(versionId, THAI)))
                .isInstanceOf(NotAMemberException.class);
    }
}
