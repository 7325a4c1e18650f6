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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(ConsultationWorld.class)
class ConsultationViewsTest extends KaribuTest {

    @Autowired ConsultationWorld worlds;
    @Autowired PublicConsultation publicSide;
    @Autowired ReviewService review;
    @Autowired RoundService rounds;

    World w;
    long roundId;

    @BeforeEach
    void round() {
        w = worlds.create();
        roundId = worlds.openPublicRound(w);
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_anonymous_person_sees_the_message_at_the_field_and_then_a_receipt() {
        navigate("consult/" + roundId);
        assertThat(_get(Div.class, spec -> spec.withId("round-text")).getElement().getTextRecursively()).contains("Vision");
        _click(_get(Button.class, spec -> spec.withId("submission-submit")));
        TextField name = _get(TextField.class, spec -> spec.withId("submission-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("This field is required.");
        name.setValue("Ploy Rak");
        _get(RadioButtonGroup.class, spec -> spec.withId("submission-type")).setValue(OrganizationType.ACADEMIA);
        _get(EmailField.class, spec -> spec.withId("submission-email")).setValue("ploy@example.org");
        _get(TextArea.class, spec -> spec.withId("submission-text")).setValue("Add rural charging targets.");
        _click(_get(Button.class, spec -> spec.withId("submission-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("submission-receipt")).getText()).startsWith("Receipt number: C");
        assertThat(AsUser.call(w.secretariat(), () -> review.countSubmissions(roundId, SubmissionFilter.ALL))).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_secretariat_reviews_in_a_lazy_grid_and_a_member_cannot_open_it() {
        publicSide.submit(roundId, ConsultationWorld.comment("One comment."), "karibu-1");
        publicSide.submit(roundId, ConsultationWorld.comment("Another comment."), "karibu-2");
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        Grid<Submission> grid = _get(Grid.class, spec -> spec.withId("submissions-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("round-progress")).getText()).startsWith("0 of 2");
        AsUser.signOut();
        signIn(w.plan().member());
        navigate("consultations/" + roundId);
        assertThat(_find(Grid.class, spec -> spec.withId("submissions-grid"))).isEmpty();
    }

    @Test
    void a_scheduled_round_and_unpublished_results_read_as_not_found_to_the_public() {
        long draft = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(),
                new org.councilworkspace.consultation.NewRound(w.versionId(), "Later", null,
                        org.councilworkspace.consultation.RoundKind.PUBLIC, worlds.now().plusDays(2), null, java.util.List.of())));
        for (String path : java.util.List.of("consult/" + draft, "consult/" + roundId + "/results", "consult/invited/nothing")) {
            navigate(path);
            assertThat(_find(Div.class, spec -> spec.withId("submission-form"))).as(path).isEmpty();
            assertThat(_find(Div.class, spec -> spec.withId("round-text"))).as(path).isEmpty();
            assertThat(_find(Div.class, spec -> spec.withId("results-table"))).as(path).isEmpty();
        }
    }

    @Test
    void the_secretariat_invites_an_organization_whose_link_opens_its_own_form() {
        long invited = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(),
                new org.councilworkspace.consultation.NewRound(w.versionId(), "Invited round", null,
                        org.councilworkspace.consultation.RoundKind.INVITED, worlds.now(), worlds.now().plusDays(9),
                        java.util.List.of())));
        signIn(w.secretariat());
        navigate("consultations/" + invited);
        _click(_get(Button.class, spec -> spec.withId("round-open")));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("round-tabs")).setSelectedIndex(2);
        _get(TextField.class, spec -> spec.withId("invite-organization")).setValue("Thai Battery Consortium");
        @SuppressWarnings("unchecked")
        Select<OrganizationType> type = _get(Select.class, spec -> spec.withId("invite-type"));
        type.setValue(OrganizationType.INDUSTRY_ASSOCIATION);
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("tbc@example.org");
        _click(_get(Button.class, spec -> spec.withId("invite-create")));
        String link = _get(_get(Paragraph.class, spec -> spec.withId("invitation-link")),
                com.vaadin.flow.component.html.Anchor.class).getHref();
        assertThat(link).startsWith("consult/invited/");
        AsUser.signOut();
        navigate(link);
        assertThat(_get(TextField.class, spec -> spec.withId("submission-organization")).getValue())
                .isEqualTo("Thai Battery Consortium");
        assertThat(_get(TextField.class, spec -> spec.withId("submission-organization")).isReadOnly()).isTrue();
    }

    @Test
    void published_results_render_hostile_text_inert() {
        String hostile = "<img src=x onerror=alert(1)> & <script>alert(2)</script>";
        publicSide.submit(roundId, new org.councilworkspace.consultation.NewSubmission(hostile, null,
                OrganizationType.NGO, "x@example.org", null, hostile, true, null, null, null), "karibu-3");
        AsUser.run(w.secretariat(), () -> {
            long id = review.submissions(roundId, SubmissionFilter.ALL, 0, 1).get(0).id();
            review.respond(id, Disposition.NOTED, hostile, null);
            rounds.closeNow(roundId, "Closed early for the test.");
            review.publish(roundId, false);
        });
        navigate("consult/" + roundId + "/results");
        Div table = _get(Div.class, spec -> spec.withId("results-table"));
        assertThat(table.getElement().getTextRecursively()).contains(hostile);
        // Only the table's own markup: the hostile text is text, never elements or handlers.
        assertThat(org.jsoup.Jsoup.parseBodyFragment(table.getElement().getOuterHTML()).select("script, img, [onerror]"))
                .isEmpty();
    }
}
