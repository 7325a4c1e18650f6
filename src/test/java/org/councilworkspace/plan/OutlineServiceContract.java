package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;


abstract class OutlineServiceContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired OutlineService outline;

    PlanWorld w;
    long vision;
    long situation;
    long production;
    long exports;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        vision = planFixtures.section(w, null, "Vision");
        situation = planFixtures.section(w, null, "Current situation");
        production = planFixtures.section(w, situation, "Production");
        exports = planFixtures.section(w, situation, "Exports");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void numbering_follows_the_tree() {
        assertThat(numbers()).containsExactly("1 Vision", "2 Current situation", "2.1 Production", "2.2 Exports");
    }

    @Test
    void moving_up_and_down_renumbers() {
        AsUser.run(w.secretariat(), () -> outline.move(exports, OutlineMove.UP));
        assertThat(numbers()).containsExactly("1 Vision", "2 Current situation", "2.1 Exports", "2.2 Production");
        AsUser.run(w.secretariat(), () -> outline.move(situation, OutlineMove.UP));
        assertThat(numbers()).containsExactly("1 Current situation", "1.1 Exports", "1.2 Production", "2 Vision");
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> outline.move(situation, OutlineMove.UP)))
                .hasMessageContaining("outline.already-first");
    }

    @Test
    void indent_and_outdent_change_the_level() {
        AsUser.run(w.secretariat(), () -> outline.move(exports, OutlineMove.INDENT));
        assertThat(numbers()).containsExactly("1 Vision", "2 Current situation", "2.1 Production", "2.1.1 Exports");
        AsUser.run(w.secretariat(), () -> outline.move(exports, OutlineMove.OUTDENT));
        AsUser.run(w.secretariat(), () -> outline.move(exports, OutlineMove.OUTDENT));
        assertThat(numbers()).containsExactly("1 Vision", "2 Current situation", "2.1 Production", "3 Exports");
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> outline.move(exports, OutlineMove.OUTDENT)))
                .hasMessageContaining("outline.cannot-outdent");
    }

    @Test
    void the_outline_is_at_most_three_levels_deep() {
        long sub = planFixtures.section(w, production, "Cars");
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> outline.addSection(w.planId(), sub, "Too deep")))
                .hasMessageContaining("outline.too-deep");
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> outline.move(situation, OutlineMove.INDENT)))
                .as("indenting a chapter with grandchildren would make a fourth level")
                .hasMessageContaining("outline.too-deep");
    }

    @Test
    void archiving_keeps_the_section_but_drops_it_from_the_numbering() {
        AsUser.run(w.secretariat(), () -> outline.archive(situation));
        assertThat(numbers()).containsExactly("1 Vision");
        List<OutlineNode> all = AsUser.call(w.member(), () -> outline.outline(w.planId(), true));
        assertThat(all).extracting(OutlineNode::title).contains("Current situation", "Production", "Exports");
        assertThat(all).filteredOn(OutlineNode::archived).extracting(OutlineNode::number).containsOnly("");
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> outline.restore(production)))
                .hasMessageContaining("outline.parent-archived");
        AsUser.run(w.secretariat(), () -> outline.restore(situation));
        assertThat(numbers()).containsExactly("1 Vision", "2 Current situation", "2.1 Production", "2.2 Exports");
    }

    @Test
    void lead_drafters_must_be_current_members_who_may_draft() {
        AsUser.run(w.chair(), () -> outline.setLeads(vision, List.of(w.member().id(), w.chair().id())));
        assertThat(AsUser.call(w.member(), () -> outline.outline(w.planId(), false)).get(0).leads())
                .extracting(Lead::userId).containsExactlyInAnyOrder(w.member().id(), w.chair().id());
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> outline.setLeads(vision, List.of(w.observer().id()))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> outline.setLeads(vision, List.of(w.outsider().id()))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_the_chair_and_secretariat_change_the_structure() {
        assertThatThrownBy(() -> AsUser.call(w.lead(), () -> outline.addSection(w.planId(), null, "Mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> outline.rename(vision, "Renamed", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.observer(), () -> outline.move(exports, OutlineMove.UP)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.outsider(), () -> outline.archive(vision)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> outline.outline(w.planId(), false)))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run(w.chair(), () -> outline.rename(vision, "Vision 2031", 0));
        assertThat(numbers()).first().isEqualTo("1 Vision 2031");
    }

    @Test
    void empty_and_hostile_titles() {
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> outline.addSection(w.planId(), null, "  ")))
                .hasMessageContaining("validation.required");
        long id = AsUser.call(w.secretariat(), () -> outline.addSection(w.planId(), null, "<b onclick=x()>ยุทธศาสตร์</b>"));
        assertThat(AsUser.call(w.member(), () -> outline.outline(w.planId(), false)))
                .filteredOn(n -> n.sectionId() == id).extracting(OutlineNode::title)
                .containsExactly("<b onclick=x()>ยุทธศาสตร์</b>");
    }

    private List<String> numbers() {
        return AsUser.call(w.member(), () -> outline.outline(w.planId(), false)).stream()
                .map(OutlineNode::numberedTitle).toList();
    }
}
