package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.councilworkspace.consultation.AnswerService;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(ConsultationWorld.class)
class AnswerWorkspaceViewsTest extends KaribuTest {

    @Autowired ConsultationWorld worlds;
    @Autowired PublicConsultation publicSide;
    @Autowired ReviewService review;
    @Autowired AnswerService answers;

    World w;
    long roundId;

    @BeforeEach
    void round() {
        w = worlds.create();
        roundId = worlds.openPublicRound(w);
        publicSide.submit(roundId, ConsultationWorld.comment("Ana Lim", "Add a battery recycling target.", w.targets(),
                true), "workspace-1-" + System.nanoTime());
        publicSide.submit(roundId, ConsultationWorld.comment("Kenji Mori", "Say more about hydrogen.", w.vision(),
                true), "workspace-2-" + System.nanoTime());
        publicSide.submit(roundId, ConsultationWorld.comment("Nok Prasert", "Recycle the batteries, please.", w.targets(),
                true), "workspace-3-" + System.nanoTime());
        publicSide.submit(roundId, ConsultationWorld.comment("Lee Wong", "We need battery recycling.", w.targets(),
                true), "workspace-4-" + System.nanoTime());
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_row_click_opens_the_submission_beside_the_list_and_the_secretariat_answers_from_a_template_then_goes_on() {
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        Grid<Submission> grid = _get(Grid.class, spec -> spec.withId("submissions-grid"));
        GridKt._clickItem(grid, 0);
        SplitLayout split = _get(SplitLayout.class, spec -> spec.withId("answer-split"));
        assertThat(split.getPrimaryComponent().getElement().getChildren()).as("the grid stays in view").anyMatch(
                e -> e.getComponent().orElse(null) == grid);
        assertThat(_get(H2.class, spec -> spec.withId("submission-detail-title")).getText()).contains("C" + roundId);
        assertThat(_get(Div.class, spec -> spec.withId("submission-section-text")).getText())
                .as("the section as it was consulted").contains("30% zero-emission vehicles by 2031.");

        Select<Disposition> disposition = _get(Select.class, spec -> spec.withId("response-disposition"));
        disposition.setValue(Disposition.NOT_ADOPTED);
        TextArea reasoning = _get(TextArea.class, spec -> spec.withId("response-reasoning"));
        assertThat(reasoning.getValue()).as("the template fills the answer").startsWith("Thank you for your comment.")
                .contains("stays as it is");
        disposition.setValue(Disposition.ADOPTED);
        assertThat(reasoning.getValue()).as("an untouched template follows the disposition").contains("revised");
        reasoning.setValue(reasoning.getValue() + " A recycling target is added.");
        disposition.setValue(Disposition.PARTIALLY_ADOPTED);
        assertThat(reasoning.getValue()).as("the secretariat's own words are kept").contains("A recycling target is added.");
        disposition.setValue(Disposition.ADOPTED);
        _click(_get(Button.class, spec -> spec.withId("answer-save-next")));

        assertThat(_get(H2.class, spec -> spec.withId("submission-detail-title")).getText())
                .as("the next unanswered one is open").contains(review.submissions(roundId, SubmissionFilter.ALL, 1, 1)
                        .get(0).receiptNo());
        assertThat(_get(Paragraph.class, spec -> spec.withId("round-progress")).getText()).startsWith("1 of 4");
        assertThat(_get(Button.class, spec -> spec.withId("answer-count-ADOPTED")).getText()).isEqualTo("Adopted: 1");
        assertThat(_get(Button.class, spec -> spec.withId("answer-count-unanswered")).getText())
                .isEqualTo("Not answered: 3");

        _click(_get(Button.class, spec -> spec.withId("answer-count-unanswered")));
        assertThat(GridKt._size(grid)).as("one click: only the unanswered").isEqualTo(3);
        _click(_get(Button.class, spec -> spec.withId("answer-count-unanswered")));
        assertThat(GridKt._size(grid)).as("a second click shows all again").isEqualTo(4);
        _click(_get(Button.class, spec -> spec.withId("submission-filter-section")));
        assertThat(GridKt._size(grid)).as("one click: only this section").isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("submission-detail-close")));
        assertThat(_find(SplitLayout.class, spec -> spec.withId("answer-split"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_selected_similar_submissions_get_one_answer_together() {
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        Grid<Submission> grid = _get(Grid.class, spec -> spec.withId("submissions-grid"));
        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 2));
        grid.select(GridKt._get(grid, 3));
        _click(_get(Button.class, spec -> spec.withId("answer-selected-together")));
        Select<Disposition> disposition = _get(Select.class, spec -> spec.withId("response-disposition"));
        disposition.setValue(Disposition.ADOPTED);
        _click(_get(Button.class, spec -> spec.withId("response-save")));
        assertThat(_get(Button.class, spec -> spec.withId("answer-count-ADOPTED")).getText()).isEqualTo("Adopted: 3");
        assertThat(_get(Paragraph.class, spec -> spec.withId("round-progress")).getText()).startsWith("3 of 4");
        AsUser.run(w.secretariat(), () -> assertThat(review.groups(roundId)).singleElement()
                .satisfies(g -> assertThat(g.label()).startsWith("Add a battery recycling target.")));
    }

    @Test
    void the_secretariat_words_the_council_templates_in_the_workspace() {
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        _click(_get(Button.class, spec -> spec.withId("answer-templates")));
        _get(TextArea.class, spec -> spec.withId("template-NOTED")).setValue("Noted for the next plan cycle.");
        _click(_get(Button.class, spec -> spec.withId("templates-save")));
        assertThat(answers.template(w.councilId(), Disposition.NOTED).text()).isEqualTo("Noted for the next plan cycle.");
        assertThat(answers.template(w.councilId(), Disposition.ADOPTED).builtIn()).as("unchanged ones stay built in")
                .isTrue();
    }
}
