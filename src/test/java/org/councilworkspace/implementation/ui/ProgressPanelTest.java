package org.councilworkspace.implementation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.MASTER_PLAN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.ProgressPublication;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class ProgressPanelTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired ProgressTracker tracker;
    @Autowired MutableClock clock;
    @Autowired DSLContext db;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        db.update(MASTER_PLAN).set(MASTER_PLAN.STATUS, PlanStatus.ADOPTED.name())
                .where(MASTER_PLAN.ID.eq(w.plan.planId())).execute();
    }

    private Dialog finalAction() {
        return _get(Dialog.class, spec -> spec.withId("final-action"));
    }

    private List<ProgressPublication> publications() {
        return tracker.publications(w.plan.planId());
    }

    @Test
    void publishing_progress_asks_first_names_what_becomes_public_and_cancelling_publishes_nothing() {
        signIn(w.plan.secretariat());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-status")).getText())
                .isEqualTo("The progress of this plan is not published on the portal yet.");
        _click(_get(Button.class, spec -> spec.withId("publish-progress")));
        assertThat(finalAction().getHeaderTitle()).startsWith("Publish the progress of ").endsWith(" on the portal");
        assertThat(_find(finalAction(), Paragraph.class).stream().map(Paragraph::getText).toList())
                .anySatisfy(line -> assertThat(line).startsWith("The register as it stands now becomes public"))
                .anySatisfy(line -> assertThat(line).startsWith("It cannot be withdrawn"));
        assertThat(_get(DatePicker.class, spec -> spec.withId("progress-as-of")).getValue())
                .isEqualTo(LocalDate.now(clock));
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(_find(Dialog.class, spec -> spec.withId("final-action"))).isEmpty();
        assertThat(publications()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("publish-progress")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("progress-as-of")), LocalDate.now(clock).minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(publications()).singleElement()
                .satisfies(p -> assertThat(p.asOf()).isEqualTo(LocalDate.now(clock).minusDays(3)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-status")).getText())
                .startsWith("On the portal: progress as of");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("progress-public-page")))
                .singleElement().satisfies(a -> assertThat(a.getHref())
                        .isEqualTo("/public/en/plans/" + w.plan.planId() + "/progress"));
    }

    @Test
    void publishing_again_as_of_the_same_day_without_a_reason_is_refused_in_the_dialog_and_with_one_it_corrects() {
        signIn(w.plan.chair());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        _click(_get(Button.class, spec -> spec.withId("publish-progress")));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        _click(_get(Button.class, spec -> spec.withId("publish-progress")));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(_find(Dialog.class, spec -> spec.withId("final-action"))).as("stays open").hasSize(1);
        assertThat(publications()).hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("final-action-reason")), "The delayed measure was missing.");
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(publications()).hasSize(2);
        assertThat(publications().get(0).correctionReason()).isEqualTo("The delayed measure was missing.");
    }

    @Test
    void a_member_sees_what_is_published_but_no_publish_button() {
        signIn(w.plan.member());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        assertThat(_find(Button.class, spec -> spec.withId("publish-progress"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-status")).getText())
                .isEqualTo("The progress of this plan is not published on the portal yet.");
    }
}
