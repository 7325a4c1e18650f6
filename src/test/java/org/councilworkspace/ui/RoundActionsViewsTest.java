package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.RoundStatus;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Close now, reopen and publish ask first, naming the round; the reopening shows on the public page as text. */
@ServiceTest
@Import(ConsultationWorld.class)
class RoundActionsViewsTest extends KaribuTest {

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

    @Test
    void close_now_asks_naming_the_round_and_needs_a_reason_before_the_deadline() {
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        _click(_get(Button.class, spec -> spec.withId("round-close")));
        assertThat(_get(Dialog.class, spec -> spec.withId("final-action")).getHeaderTitle())
                .isEqualTo("Close the consultation round “Public comment on the draft” now");
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("final-action-reason"));
        assertThat(reason.isInvalid()).as("refused at the field").isTrue();
        assertThat(status()).isEqualTo(RoundStatus.OPEN);
        reason.setValue("The plenary was brought forward.");
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(status()).isNotEqualTo(RoundStatus.OPEN);
        assertThat(_get(Div.class, spec -> spec.withId("round-history")).getElement().getTextRecursively())
                .contains("Closed early on", "The plenary was brought forward.");
    }

    @Test
    void cancel_leaves_the_round_open() {
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        _click(_get(Button.class, spec -> spec.withId("round-close")));
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(status()).isEqualTo(RoundStatus.OPEN);
    }

    @Test
    void publishing_with_unanswered_submissions_is_refused_until_the_checkbox_naming_them_is_ticked() {
        publicSide.submit(roundId, ConsultationWorld.comment("Answered comment."), "karibu-a1");
        publicSide.submit(roundId, ConsultationWorld.comment("Unanswered comment."), "karibu-a2");
        AsUser.run(w.secretariat(), () -> {
            long id = review.submissions(roundId, SubmissionFilter.ALL, 0, 1).get(0).id();
            review.respond(id, Disposition.NOTED, "Noted.", null);
            rounds.closeNow(roundId, "Closed for the test.");
        });
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        _click(_get(Button.class, spec -> spec.withId("round-publish")));
        assertThat(_get(Dialog.class, spec -> spec.withId("final-action")).getHeaderTitle())
                .isEqualTo("Publish the results of “Public comment on the draft”");
        Checkbox withUnanswered = _get(Checkbox.class, spec -> spec.withId("publish-with-unanswered"));
        assertThat(withUnanswered.getLabel()).isEqualTo("Publish although 1 submissions have no answer");
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(withUnanswered.isInvalid()).isTrue();
        withUnanswered.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(_find(Button.class, spec -> spec.withId("round-reopen"))).as("final: no reopening").isEmpty();
    }

    @Test
    void a_reopened_round_shows_its_reopening_on_the_round_page_as_text() {
        AsUser.run(w.secretariat(), () -> rounds.closeNow(roundId, "Closed by mistake."));
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        _click(_get(Button.class, spec -> spec.withId("round-reopen")));
        assertThat(_get(Dialog.class, spec -> spec.withId("final-action")).getHeaderTitle())
                .isEqualTo("Reopen the consultation round “Public comment on the draft”");
        DateTimePicker deadline = _get(DateTimePicker.class, spec -> spec.withId("reopen-deadline"));
        deadline.setValue(LocalDateTime.of(2000, 1, 1, 12, 0));
        _get(TextArea.class, spec -> spec.withId("final-action-reason")).setValue("<script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(deadline.isInvalid()).as("a deadline in the past is refused at the field").isTrue();
        deadline.setValue(worlds.now().plusDays(10).toLocalDateTime().withNano(0));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(status()).isEqualTo(RoundStatus.OPEN);

        navigate("consultations/" + roundId);
        Div history = _get(Div.class, spec -> spec.withId("round-history"));
        assertThat(history.getElement().getTextRecursively()).contains("Reopened on", "<script>alert(1)</script>")
                .contains("Closed early on", "Closed by mistake.");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(history.getElement().getOuterHTML()).select("script")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void taking_ungrouped_submissions_out_of_their_group_says_none_is_in_one() {
        publicSide.submit(roundId, ConsultationWorld.comment("Alone."), "karibu-u1");
        signIn(w.secretariat());
        navigate("consultations/" + roundId);
        Grid<Submission> grid = _get(Grid.class, spec -> spec.withId("submissions-grid"));
        grid.select(GridKt._get(grid, 0));
        _click(_get(Button.class, spec -> spec.withId("ungroup-selected")));
        NotificationsKt.expectNotifications("None of the selected submissions is in a group.");
    }

    private RoundStatus status() {
        return AsUser.call(w.secretariat(), () -> rounds.round(roundId)).status();
    }
}
