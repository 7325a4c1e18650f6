package org.councilworkspace.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two frozen versions as a Word file: the words that changed are tracked changes by whoever froze the later one. */
@ServiceTest
class TrackedChangesExportTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void the_words_changed_between_two_versions_are_insertions_and_deletions_by_who_froze_the_later() throws Exception {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.secretariat(), section, "Exports grow by 2031.");
        long v1 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        planFixtures.write(w.secretariat(), section, "Exports double by 2031.");
        long v2 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2", null));
        String frozenBy = AsUser.call(w.member(), () -> versions.version(v2)).info().createdByName();
        byte[] docx = AsUser.call(w.member(), () -> TrackedChangesExport.docx(versions, v1, v2,
                new DocumentLocale(Locale.ENGLISH, ZoneId.of("UTC"))));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var paragraph = doc.getParagraphs().stream().filter(p -> !p.getCTP().getInsList().isEmpty())
                    .findFirst().orElseThrow();
            assertThat(paragraph.getCTP().getInsArray(0).getAuthor()).isEqualTo(frozenBy);
            assertThat(paragraph.getCTP().getInsArray(0).getRArray(0).getTArray(0).getStringValue()).contains("double");
            assertThat(paragraph.getCTP().getDelArray(0).getAuthor()).isEqualTo(frozenBy);
            assertThat(paragraph.getCTP().getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue())
                    .contains("grow");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText() + "|" + p.getStyle())
                    .isEqualTo("1 Vision|Heading1"));
        }
    }
}
