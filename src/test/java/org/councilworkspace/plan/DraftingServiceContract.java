package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;


abstract class DraftingServiceContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired DraftingService drafting;

    PlanWorld w;
    long section;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void every_save_is_a_new_immutable_revision_based_on_the_one_before() {
        Revision first = ((SaveOutcome.Saved) planFixtures.write(w.lead(), section, "First text.")).revision();
        Revision second = ((SaveOutcome.Saved) AsUser.call(w.lead(), () ->
                drafting.save(section, first.id(), "First text, improved.", "Better wording"))).revision();
        assertThat(first.revisionNo()).isEqualTo(1);
        assertThat(first.baseRevisionId()).isNull();
        assertThat(second.revisionNo()).isEqualTo(2);
        assertThat(second.baseRevisionId()).isEqualTo(first.id());
        assertThat(second.changeNote()).isEqualTo("Better wording");
        assertThat(second.wordsChanged()).isEqualTo(1);
        assertThat(AsUser.call(w.member(), () -> drafting.revision(first.id())).body()).isEqualTo("First text.");
        assertThat(AsUser.call(w.member(), () -> drafting.countHistory(section))).isEqualTo(2);
    }

    @Test
    void saving_the_same_text_makes_no_revision() {
        planFixtures.write(w.lead(), section, "Same.");
        assertThat(planFixtures.write(w.lead(), section, "Same.")).isInstanceOf(SaveOutcome.Unchanged.class);
        assertThat(AsUser.call(w.lead(), () -> drafting.countHistory(section))).isEqualTo(1);
    }

    @Test
    void a_save_from_an_older_revision_merges_changes_that_do_not_overlap() {
        Revision base = ((SaveOutcome.Saved) planFixtures.write(w.lead(), section,
                "Paragraph one.\n\nParagraph two.\n\nParagraph three.")).revision();
        AsUser.call(w.chair(), () -> drafting.save(section, base.id(),
                "Paragraph one, by the chair.\n\nParagraph two.\n\nParagraph three.", null));
        SaveOutcome outcome = AsUser.call(w.lead(), () -> drafting.save(section, base.id(),
                "Paragraph one.\n\nParagraph two.\n\nParagraph three, by the lead.", null));
        assertThat(outcome).isInstanceOf(SaveOutcome.Merged.class);
        Revision merged = ((SaveOutcome.Merged) outcome).revision();
        assertThat(merged.body()).isEqualTo("Paragraph one, by the chair.\n\nParagraph two.\n\nParagraph three, by the lead.");
        assertThat(merged.kind()).isEqualTo(RevisionKind.MERGED);
        assertThat(merged.revisionNo()).isEqualTo(3);
    }

    @Test
    void overlapping_changes_are_a_conflict_and_nothing_is_saved() {
        Revision base = ((SaveOutcome.Saved) planFixtures.write(w.lead(), section, "The target is 30% by 2031.")).revision();
        AsUser.call(w.chair(), () -> drafting.save(section, base.id(), "The target is 40% by 2031.", null));
        SaveOutcome outcome = AsUser.call(w.lead(), () -> drafting.save(section, base.id(), "The target is 25% by 2030.", null));
        assertThat(outcome).isInstanceOf(SaveOutcome.Conflict.class);
        SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) outcome;
        assertThat(conflict.mine()).isEqualTo("The target is 25% by 2030.");
        assertThat(conflict.theirs().body()).isEqualTo("The target is 40% by 2031.");
        assertThat(conflict.marked()).contains("25% by 2030", "40% by 2031");
        assertThat(AsUser.call(w.lead(), () -> drafting.countHistory(section))).isEqualTo(2);

        SaveOutcome resolved = AsUser.call(w.lead(), () ->
                drafting.saveResolution(section, conflict.theirs().id(), "The target is 35% by 2031.", "Compromise"));
        assertThat(((SaveOutcome.Saved) resolved).revision().kind()).isEqualTo(RevisionKind.RESOLVED);
    }

    @Test
    void restoring_an_old_revision_adds_a_new_one_and_keeps_the_rest() {
        Revision first = ((SaveOutcome.Saved) planFixtures.write(w.lead(), section, "Original.")).revision();
        Revision second = ((SaveOutcome.Saved) planFixtures.write(w.lead(), section, "Replaced.")).revision();
        Revision restored = AsUser.call(w.lead(), () -> drafting.restore(section, first.id(), second.id()));
        assertThat(restored.body()).isEqualTo("Original.");
        assertThat(restored.kind()).isEqualTo(RevisionKind.RESTORED);
        assertThat(restored.sourceRevisionId()).isEqualTo(first.id());
        assertThat(AsUser.call(w.lead(), () -> drafting.countHistory(section))).isEqualTo(3);
        assertThatThrownBy(() -> AsUser.call(w.lead(), () -> drafting.restore(section, first.id(), second.id())))
                .as("restoring from a stale page").isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void only_leads_chair_and_secretariat_edit_unless_the_council_lets_every_member() {
        planFixtures.write(w.lead(), section, "By the lead.");
        planFixtures.write(w.chair(), section, "By the chair.");
        planFixtures.write(w.secretariat(), section, "By the secretariat.");
        assertThatThrownBy(() -> planFixtures.write(w.member(), section, "By a member who does not lead it."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planFixtures.write(w.observer(), section, "By the observer."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planFixtures.write(w.outsider(), section, "By an outsider."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> drafting.section(section)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.admin(), () -> drafting.section(section)))
                .as("the administrator reads no drafts").isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.observer(), () -> drafting.section(section)).text()).isEqualTo("By the secretariat.");
        assertThat(AsUser.call(w.member(), () -> drafting.section(section)).editable()).isFalse();
        assertThat(AsUser.call(w.lead(), () -> drafting.section(section)).editable()).isTrue();
        assertThat(AsUser.call(w.member(), () -> drafting.section(section)).editRight())
                .as("the page can say why").isEqualTo(EditRight.LEADS_ONLY);
        assertThat(AsUser.call(w.observer(), () -> drafting.section(section)).editRight()).isEqualTo(EditRight.OBSERVER);
        assertThat(AsUser.call(w.lead(), () -> drafting.section(section)).editRight()).isEqualTo(EditRight.EDITABLE);
    }

    @Test
    void hostile_and_multilingual_text_is_stored_exactly() {
        String text = "<script>alert(1)</script>\n'); DROP TABLE section_revision;--\nแผนแม่บท 製造業 مرحبا 🚗\n\ttabbed";
        Revision saved = ((SaveOutcome.Saved) planFixtures.write(w.lead(), section, text)).revision();
        assertThat(AsUser.call(w.lead(), () -> drafting.revision(saved.id())).body()).isEqualTo(text);
    }

    @Test
    void oversized_text_and_control_characters_are_refused_and_change_nothing() {
        assertThatThrownBy(() -> planFixtures.write(w.lead(), section, "x".repeat(SectionText.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> planFixtures.write(w.lead(), section, "bad\u0000byte"))
                .hasMessageContaining("validation.control-characters");
        assertThat(AsUser.call(w.lead(), () -> drafting.countHistory(section))).isZero();
    }

    @Test
    void comparing_revisions_shows_the_changed_words() {
        Revision a = ((SaveOutcome.Saved) planFixtures.write(w.lead(), section, "ส่งเสริมการผลิตชิ้นส่วนในประเทศ")).revision();
        Revision b = ((SaveOutcome.Saved) planFixtures.write(w.lead(), section, "ส่งเสริมการผลิตแบตเตอรี่ในประเทศ")).revision();
        var diff = AsUser.call(w.member(), () -> drafting.compare(section, a.id(), b.id()));
        assertThat(diff).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(org.councilworkspace.plan.text.DiffSegment.Kind.DELETED);
            assertThat(s.text()).isEqualTo("ชิ้นส่วน");
        });
    }
}
