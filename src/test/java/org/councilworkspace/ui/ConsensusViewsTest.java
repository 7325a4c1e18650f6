package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.MatrixRow;
import org.councilworkspace.consensus.Position;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class ConsensusViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired ConsensusService consensus;

    PlanWorld w;
    long section;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A regional hub.");
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), section, Stance.OBJECT, "Too vague."));
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_matrix_shows_each_section_with_its_state_in_words() {
        signIn(w.observer());
        navigate("plans/" + w.planId() + "/consensus");
        Grid<MatrixRow> grid = _get(Grid.class, spec -> spec.withId("consensus-matrix"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("Vision");
        assertThat(_get(Paragraph.class, spec -> spec.withId("consensus-summary")).getText())
                .startsWith("0 of 1 sections agreed");
        assertThat(_find(Div.class, spec -> spec.withId("plan-position"))).as("observers hold no position").isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_chair_reads_each_reason_whole_in_the_positions_dialog() {
        String reason = "The 2030 target for battery cell production assumes a local supply of lithium that no "
                + "study in the annex supports;\nthe section should name the source or lower the target.";
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), section, Stance.OBJECT, reason));
        signIn(w.chair());
        navigate("plans/" + w.planId() + "/consensus");
        Grid<MatrixRow> matrix = _get(Grid.class, spec -> spec.withId("consensus-matrix"));
        _click((Button) GridKt._getCellComponent(matrix, 0, "details"));

        Grid<Position> positions = _get(Grid.class, spec -> spec.withId("subject-positions"));
        assertThat(positions.getThemeNames()).contains("wrap-cell-content");
        Span shown = (Span) GridKt._getCellComponent(positions, 0, "reason");
        assertThat(shown.getText()).isEqualTo(reason);
        assertThat(shown.getStyle().get("white-space")).isEqualTo("pre-wrap");
    }

    @Test
    void a_voting_member_records_a_position_under_the_section_text() {
        signIn(w.lead());
        navigate("plans/" + w.planId() + "/sections/" + section);
        Div form = _get(Div.class, spec -> spec.withId("section-position"));
        assertThat(_find(form, RadioButtonGroup.class)).as("the choice is built when asked for").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("section-change-position")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Stance> stance = _get(form, RadioButtonGroup.class);
        _click(_get(Button.class, spec -> spec.withId("save-position")));
        assertThat(stance.isInvalid()).as("a stance is required").isTrue();
        stance.setValue(Stance.AGREE);
        _click(_get(Button.class, spec -> spec.withId("save-position")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("section-position-status")).getText())
                .isEqualTo("Your current position: Agree.");
        assertThat(_find(form, RadioButtonGroup.class)).as("back to the summary").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("section-change-position")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Stance> again = _get(form, RadioButtonGroup.class);
        assertThat(again.getValue()).as("the current position is chosen").isEqualTo(Stance.AGREE);
        again.setValue(Stance.ABSTAIN);
        _click(_get(Button.class, spec -> spec.withId("save-position")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("section-position-status")).getText())
                .isEqualTo("Your current position: Abstain.");
        com.vaadin.flow.component.details.Details history = _get(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withId("section-position-history"));
        history.setOpened(true);
        assertThat(_get(history, com.vaadin.flow.component.html.ListItem.class).getText()).contains("Agree");
    }

    @Test
    void the_secretariat_sees_no_position_form() {
        signIn(w.secretariat());
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_find(Div.class, spec -> spec.withId("section-position"))).isEmpty();
    }
}
