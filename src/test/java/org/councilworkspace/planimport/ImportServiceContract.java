package org.councilworkspace.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilworkspace.db.Tables.MASTER_PLAN;

import java.util.List;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotAMemberException;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.plan.Revision;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

abstract class ImportServiceContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired ImportService imports;
    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired AuditService audit;
    @Autowired DSLContext db;

    PlanWorld w;
    byte[] docx;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        docx = Docx.build(d -> d.title("Imported plan").heading(1, "Vision").paragraph("Exports double.")
                .heading(2, "ยุทธศาสตร์").paragraph("ข้อความภาษาไทย").heading(1, "第1章 総論").paragraph("本計画の目的"));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private List<String> titles(long planId) {
        return AsUser.call(w.secretariat(), () -> outline.outline(planId, false)).stream()
                .map(OutlineNode::numberedTitle).toList();
    }

    @Test
    void importing_a_document_creates_a_plan_with_one_revision_per_section_by_the_importer() {
        long planId = AsUser.call(w.secretariat(), () -> {
            ImportPreview preview = imports.preview(w.councilId(), "Master plan.docx", docx);
            return imports.createPlan(w.councilId(), new NewPlan(preview.documentTitle(), 2027, 2031, null), preview);
        });
        assertThat(AsUser.call(w.secretariat(), () -> plans.plan(planId)).title()).isEqualTo("Imported plan");
        assertThat(titles(planId)).containsExactly("1 Vision", "1.1 ยุทธศาสตร์", "2 総論");
        List<OutlineNode> nodes = AsUser.call(w.secretariat(), () -> outline.outline(planId, false));
        Revision thai = AsUser.call(w.secretariat(), () -> drafting.revision(nodes.get(1).currentRevisionId()));
        assertThat(thai.body()).isEqualTo("ข้อความภาษาไทย");
        assertThat(thai.revisionNo()).isEqualTo(1);
        assertThat(thai.authorId()).isEqualTo(w.secretariat().id());
        assertThat(thai.changeNote()).isEqualTo("Imported from Master plan.docx");
        List<AuditEntry> events = AsUser.call(w.secretariat(), () -> audit.councilEvents(w.councilId(), 0, 50));
        assertThat(events).anySatisfy(e -> assertThat(e.action() + " " + e.summary())
                .isEqualTo("PLAN_IMPORTED Master plan.docx: 3 sections"));
    }

    @Test
    void a_preview_saves_nothing() {
        int before = AsUser.call(w.secretariat(), () -> plans.plans(w.councilId())).size();
        ImportPreview preview = AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "p.docx", docx));
        assertThat(preview.sections()).hasSize(3);
        assertThat(AsUser.call(w.secretariat(), () -> plans.plans(w.councilId()))).hasSize(before);
    }

    @Test
    void importing_into_a_plan_adds_its_chapters_after_the_existing_ones() {
        planFixtures.section(w, null, "Existing chapter");
        int added = AsUser.call(w.chair(), () -> imports.addToPlan(w.planId(),
                imports.previewInto(w.planId(), "more.docx", docx)));
        assertThat(added).isEqualTo(3);
        assertThat(titles(w.planId())).containsExactly("1 Existing chapter", "2 Vision", "2.1 ยุทธศาสตร์", "3 総論");
    }

    @Test
    void members_observers_and_outsiders_may_not_import() {
        ImportPreview preview = AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "p.docx", docx));
        for (TestUser who : List.of(w.lead(), w.member(), w.observer(), w.outsider())) {
            assertThatThrownBy(() -> AsUser.call(who, () -> imports.preview(w.councilId(), "p.docx", docx)))
                    .as(who.username()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(who, () -> imports.createPlan(w.councilId(),
                    new NewPlan("P", 2027, 2031, null), preview))).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(who, () -> imports.addToPlan(w.planId(), preview)))
                    .as(who.username()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> imports.previewInto(w.planId(), "p.docx", docx)))
                .isInstanceOf(NotAMemberException.class);
        assertThat(titles(w.planId())).isEmpty();
    }

    @Test
    void a_plan_whose_text_is_locked_takes_no_import() {
        ImportPreview preview = AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "p.docx", docx));
        planFixtures.section(w, null, "Adopted chapter");
        // Adoption itself (consensus on every section, the chair's sign-off) is the plan feature's to test.
        db.update(MASTER_PLAN).set(MASTER_PLAN.STATUS, PlanStatus.ADOPTED.name())
                .where(MASTER_PLAN.ID.eq(w.planId())).execute();
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> imports.addToPlan(w.planId(), preview)))
                .hasMessageContaining("plan.text-locked");
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> imports.previewInto(w.planId(), "p.docx", docx)))
                .hasMessageContaining("plan.text-locked");
        assertThat(titles(w.planId())).containsExactly("1 Adopted chapter");
    }

    @Test
    void a_refused_file_or_a_bad_outline_saves_nothing() {
        int before = AsUser.call(w.secretariat(), () -> plans.plans(w.councilId())).size();
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "p.docx",
                "not a document".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("import.not-docx");
        ImportPreview skipping = new ImportPreview("p.docx", ImportFormat.DOCX, null,
                List.of(new ImportedSection(1, "One", ""), new ImportedSection(3, "Three", "")), java.util.Map.of());
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> imports.createPlan(w.councilId(),
                new NewPlan("P", 2027, 2031, null), skipping))).hasMessageContaining("import.bad-outline");
        ImportPreview tooLong = new ImportPreview("p.docx", ImportFormat.DOCX, null,
                List.of(new ImportedSection(1, "One", "ok"), new ImportedSection(1, "Two", "x".repeat(200_001))),
                java.util.Map.of());
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> imports.createPlan(w.councilId(),
                new NewPlan("Half-way", 2027, 2031, null), tooLong))).hasMessageContaining("validation.too-long");
        assertThat(AsUser.call(w.secretariat(), () -> plans.plans(w.councilId()))).as("nothing left behind")
                .hasSize(before);
    }
}
