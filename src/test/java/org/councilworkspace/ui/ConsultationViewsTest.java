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
    void the_secretariat_invites_an_organization_and_is_given_its_portal_link() {
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
        // The link leads to the portal's page for the organization (PortalInvitedRoundTest follows it there).
        assertThat(link).matches("/public/en/consultations/invited/[A-Za-z0-9_-]+");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(publicSide.invitedRound(token)).hasValueSatisfying(open ->
                assertThat(open.invitation().organizationName()).isEqualTo("Thai Battery Consortium"));
    }

}
