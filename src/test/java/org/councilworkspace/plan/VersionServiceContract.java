package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;


abstract class VersionServiceContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired OutlineService outline;

    PlanWorld w;
    long vision;
    long strategies;
    long ev;
    long skills;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        vision = planFixtures.section(w, null, "Vision");
        strategies = planFixtures.section(w, null, "Strategies");
        ev = planFixtures.section(w, strategies, "EV transition");
        skills = planFixtures.section(w, strategies, "Skills");
        planFixtures.write(w.lead(), vision, "A regional hub for vehicles.");
        planFixtures.write(w.lead(), ev, "Support electric vehicles.");
        planFixtures.write(w.lead(), skills, "Retrain technicians.");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void versions_are_numbered_minor_and_major_and_keep_their_text_frozen() {
        long v01 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "", null));
        planFixtures.write(w.lead(), vision, "A regional hub for clean vehicles.");
        long v02 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2 for the 3rd plenary", "note"));
        long v10 = AsUser.call(w.chair(), () -> versions.freeze(w.planId(), true, null, null));
        assertThat(AsUser.call(w.member(), () -> versions.versions(w.planId())))
                .extracting(PlanVersionInfo::number, PlanVersionInfo::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.0", "v1.0"),
                        org.assertj.core.groups.Tuple.tuple("0.2", "v0.2 for the 3rd plenary"),
                        org.assertj.core.groups.Tuple.tuple("0.1", "v0.1"));
        FrozenVersion first = AsUser.call(w.observer(), () -> versions.version(v01));
        assertThat(first.sections()).extracting(VersionSection::numberedTitle)
                .containsExactly("1 Vision", "2 Strategies", "2.1 EV transition", "2.2 Skills");
        assertThat(first.sections().get(0).body()).isEqualTo("A regional hub for vehicles.");
        assertThat(AsUser.call(w.observer(), () -> versions.version(v02)).sections().get(0).body())
                .isEqualTo("A regional hub for clean vehicles.");
        assertThat(v10).isPositive();
    }

    @Test
    void comparing_versions_reports_added_removed_moved_renamed_and_changed_sections() {
        long before = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));
        planFixtures.write(w.lead(), ev, "Support electric vehicles and charging.");
        AsUser.run(w.secretariat(), () -> outline.move(skills, OutlineMove.UP));
        AsUser.run(w.secretariat(), () -> outline.rename(vision, "Vision 2031", 0));
        AsUser.run(w.secretariat(), () -> outline.archive(vision));
        long monitoring = planFixtures.section(w, null, "Monitoring");
        AsUser.run(w.secretariat(), () -> outline.restore(vision));
        long after = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));

        List<SectionChange> changes = AsUser.call(w.member(), () -> versions.compare(before, after));
        assertThat(kindOf(changes, ev)).isEqualTo(SectionChange.Kind.CHANGED);
        assertThat(changeOf(changes, ev).wordsChanged()).isEqualTo(2);
        assertThat(kindOf(changes, skills)).isEqualTo(SectionChange.Kind.MOVED);
        assertThat(kindOf(changes, vision)).isEqualTo(SectionChange.Kind.RENAMED);
        assertThat(kindOf(changes, monitoring)).isEqualTo(SectionChange.Kind.ADDED);
        assertThat(kindOf(changes, strategies)).isEqualTo(SectionChange.Kind.UNCHANGED);

        AsUser.run(w.secretariat(), () -> outline.archive(monitoring));
        long third = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));
        assertThat(kindOf(AsUser.call(w.member(), () -> versions.compare(after, third)), monitoring))
                .isEqualTo(SectionChange.Kind.REMOVED);
    }

    @Test
    void a_section_whose_formatting_alone_changed_is_changed_with_no_word_changed_and_keeps_its_diff() {
        planFixtures.write(w.lead(), ev, "Support electric vehicles.\n\nCharging points\n");
        long before = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));
        planFixtures.write(w.lead(), ev, "Support **electric** vehicles.\n\n- Charging points\n");
        long after = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));

        SectionChange change = changeOf(AsUser.call(w.member(), () -> versions.compare(before, after)), ev);
        assertThat(change.kind()).isEqualTo(SectionChange.Kind.CHANGED);
        assertThat(change.wordsChanged()).isZero();
        assertThat(org.councilworkspace.plan.text.Looks.of(change.diff()).runs()).hasSize(2);
    }

    @Test
    void exports_carry_the_numbered_outline_and_a_safe_html_document() {
        planFixtures.write(w.lead(), ev, "Support <script>alert('x')</script> electric vehicles.\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "Draft for consultation", null));
        String markdown = AsUser.call(w.member(), () -> versions.exportMarkdown(version));
        assertThat(markdown).contains("## Contents", "- 1 Vision", "  - 2.1 EV transition", "### 2.1 EV transition");
        String html = AsUser.call(w.member(), () -> versions.exportHtml(version));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<nav aria-label=\"Contents\">", "href=\"#s" + ev + "\"",
                "<table>", "Draft for consultation").doesNotContain("<script>");
    }

    @Test
    void only_the_chair_and_secretariat_freeze_and_only_members_read_versions() {
        assertThatThrownBy(() -> AsUser.call(w.lead(), () -> versions.freeze(w.planId(), false, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        long version = AsUser.call(w.chair(), () -> versions.freeze(w.planId(), false, null, null));
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> versions.version(version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.admin(), () -> versions.exportHtml(version)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static SectionChange changeOf(List<SectionChange> changes, long sectionId) {
        return changes.stream().filter(c -> c.sectionId() == sectionId).findFirst().orElseThrow();
    }

    private static SectionChange.Kind kindOf(List<SectionChange> changes, long sectionId) {
        return changeOf(changes, sectionId).kind();
    }
}
