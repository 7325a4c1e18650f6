package org.councilworkspace.amendment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentState;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class AmendmentViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired AmendmentService amendments;
    @Autowired DraftingService drafting;

    PlanWorld w;
    long section;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A regional hub.\n\nFor clean vehicles.");
    }

    @Test
    void a_member_proposes_from_the_section_page_starting_from_the_current_text() {
        signIn(w.member());
        navigate("plans/" + w.planId() + "/sections/" + section);
        _click(_get(Button.class, spec -> spec.withId("propose-amendment")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("amendment-text"));
        assertThat(text.getValue()).isEqualTo("A regional hub.\n\nFor clean vehicles.");
        text.setValue("A regional hub.\n\nFor clean and safe vehicles.");
        assertThat(_get(Div.class, spec -> spec.withId("amendment-preview")).getElement().toString())
                .contains("<ins class=\"cw-ins\">");
        _get(TextArea.class, spec -> spec.withId("amendment-rationale")).setValue("Safety <b>matters</b>.");
        _click(_get(Button.class, spec -> spec.withId("submit-amendment")));
        Div card = _get(Div.class, spec -> spec.withClasses("cw-amendment"));
        assertThat(card.getElement().getOuterHTML()).contains("Safety &lt;b&gt;matters&lt;/b&gt;.")
                .doesNotContain("<b>matters");
        assertThat(_find(card, Button.class, spec -> spec.withText("Withdraw"))).hasSize(1);
        assertThat(_find(card, Button.class, spec -> spec.withText("Accept"))).as("not a lead drafter").isEmpty();
    }

    @Test
    void an_observer_reads_amendments_but_has_no_buttons() {
        propose("A regional hub.\n\nFor clean and safe vehicles.");
        signIn(w.observer());
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_find(Button.class, spec -> spec.withId("propose-amendment"))).isEmpty();
        Div card = _get(Div.class, spec -> spec.withClasses("cw-amendment"));
        // Only the change's own "show as text" toggle, which changes nothing but the reader's view.
        assertThat(_find(card, Button.class)).allSatisfy(b -> assertThat(b.getClassNames())
                .contains("cw-diff-rendering"));
    }

    @Test
    void the_lead_drafter_rejects_with_a_reason_and_the_amendment_leaves_the_section_page() {
        long id = propose("A regional hub.\n\nFor clean and safe vehicles.");
        signIn(w.lead());
        navigate("plans/" + w.planId() + "/sections/" + section);
        _click(_get(Button.class, spec -> spec.withId("reject-amendment-" + id)));
        _click(_get(Button.class, spec -> spec.withId("save-rejection")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reject-reason"));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        reason.setValue("Safety is covered in chapter 4.");
        _click(_get(Button.class, spec -> spec.withId("save-rejection")));
        assertThat(_find(Div.class, spec -> spec.withClasses("cw-amendment"))).isEmpty();
        assertThat(AsUser.call(w.member(), () -> amendments.amendment(id)).state()).isEqualTo(AmendmentState.REJECTED);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_plans_list_filters_by_state_and_the_amendment_page_shows_the_record() {
        long carried = propose("A regional export hub.\n\nFor clean vehicles.");
        long conflicting = propose("A regional hub.\n\nFor clean, cheap vehicles.");
        planFixtures.write(w.lead(), section, "A regional hub.\n\nFor clean electric vehicles.");
        signIn(w.observer());
        navigate("plans/" + w.planId() + "/amendments");
        Grid<Amendment> grid = _get(Grid.class, spec -> spec.withId("amendments-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("amendments-summary")).getText())
                .isEqualTo("○ Open: 1 · ⚠ Conflicts with the current text: 1");
        Select<AmendmentState> filter = _get(Select.class, spec -> spec.withId("amendment-filter"));
        filter.setValue(AmendmentState.CONFLICTING);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(conflicting);
        filter.setValue(AmendmentState.ACCEPTED);
        assertThat(GridKt._size(grid)).isZero();
        navigate("plans/" + w.planId() + "/amendments/" + carried);
        assertThat(_get(Div.class, spec -> spec.withId("amendment-meta")).getElement().getTextRecursively())
                .contains("Open");
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("amendment-record"))
                .getElement().getTextRecursively()).contains("Proposed", "Carried forward onto a newer text");
        navigate("plans/" + w.planId() + "/amendments/" + conflicting);
        assertThat(_get(Div.class, spec -> spec.withId("amendment-meta")).getElement().getTextRecursively())
                .contains("Conflicts with the current text");
    }

    private long propose(String text) {
        return AsUser.call(w.member(), () -> amendments.propose(section, drafting.section(section).revisionId(), text,
                "Why."));
    }
}
