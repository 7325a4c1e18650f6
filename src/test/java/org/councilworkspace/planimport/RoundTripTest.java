package org.councilworkspace.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.wordexport.DocxRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A plan exported to Word and imported again is the same plan: the same outline and the same text, footnotes too. */
@ServiceTest
class RoundTripTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired PlanExports exports;
    @Autowired ImportService imports;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private record Section(String numberedTitle, String body) {
    }

    private List<Section> sections(PlanWorld w, long planId) {
        return AsUser.call(w.secretariat(), () -> {
            List<OutlineNode> nodes = outline.outline(planId, false);
            return nodes.stream().map(n -> new Section(n.numberedTitle(), n.currentRevisionId() == null ? ""
                    : drafting.revision(n.currentRevisionId()).body())).toList();
        });
    }

    @Test
    void a_plan_exported_to_word_and_imported_again_has_the_same_outline_and_text_in_english_thai_and_japanese() {
        PlanWorld w = planFixtures.world();
        long vision = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.secretariat(), vision, "Exports **double** by *2031*.[^1]\n\n[^1]: Compared with 2024.\n\n- skills\n- suppliers");
        long thai = planFixtures.section(w, vision, "สถานที่และผู้ใหญ่");
        planFixtures.write(w.secretariat(), thai, "น้ำ เท่านั้น สถานที่ ผู้ใหญ่\n\n1. ข้อแรก\n1. ข้อสอง");
        long deep = planFixtures.section(w, thai, "Targets");
        planFixtures.write(w.secretariat(), deep, "| Year | Cars |\n| --- | --- |\n| 2031 | 2.5m |");
        long japanese = planFixtures.section(w, null, "議事次第");
        planFixtures.write(w.secretariat(), japanese, "新旧対照表を**公表**する。[^1]\n\n[^1]: 第3回の決定による。");
        planFixtures.section(w, null, "Empty chapter");

        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("th"), Locale.JAPANESE)) {
            byte[] docx = AsUser.call(w.member(), () -> DocxRenderer.render(
                    exports.draft(w.planId(), new DocumentLocale(language, ZoneId.of("Asia/Bangkok")))));
            long copy = AsUser.call(w.secretariat(), () -> {
                ImportPreview preview = imports.preview(w.councilId(), "plan.docx", docx);
                assertThat(preview.notCarried()).isEmpty();
                return imports.createPlan(w.councilId(), new NewPlan(preview.documentTitle(), 2032, 2036, null),
                        preview);
            });
            assertThat(sections(w, copy)).as(language.toString()).isEqualTo(sections(w, w.planId()));
        }
    }
}
