package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundProgress;
import org.councilworkspace.consultation.RoundService;

/**
 * The acts that move a round on: open now, close now, reopen, publish the results. Each asks first in the shared
 * confirmation, naming the round and saying who can then see or send what and what can no longer change; the
 * service makes the same refusals for a call that bypasses this.
 */
final class RoundActions {

    private final RoundService rounds;
    private final ReviewService review;
    private final Clock clock;
    private final CalendarDates dates;
    private final Runnable done;

    RoundActions(RoundService rounds, ReviewService review, Clock clock, CalendarDates dates, Runnable done) {
        this.dates = dates;
        this.rounds = rounds;
        this.review = review;
        this.clock = clock;
        this.done = done;
    }

    /** The buttons for the round's status, in the order a secretariat uses them. */
    List<Button> buttons(ConsultationRound round, RoundProgress progress) {
        List<Button> buttons = new ArrayList<>();
        switch (round.status()) {
            case DRAFT -> buttons.add(button("round-open", "consultation.round.open-now", () -> askOpen(round)));
            case OPEN -> buttons.add(button("round-close", "consultation.round.close-now", () -> askClose(round)));
            case CLOSED, RESPONDED -> {
                Button publish = button("round-publish", "consultation.round.publish", () -> askPublish(round, progress));
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(publish);
                buttons.add(button("round-reopen", "consultation.round.reopen", () -> askReopen(round, progress)));
            }
            default -> {
            }
        }
        return buttons;
    }

    private void askOpen(ConsultationRound round) {
        int invited = round.kind() == RoundKind.INVITED ? rounds.invitations(round.id()).size() : 0;
        FinalAction dialog = FinalAction.ask(t("consultation.open.title", round.title()), t("consultation.round.open-now"));
        if (round.kind() == RoundKind.PUBLIC) {
            dialog.consequence(t("consultation.open.public", round.versionLabel()));
        } else {
            dialog.consequence(t("consultation.open.invited", invited));
        }
        dialog.consequence(t("consultation.open.no-notice"))
                .consequence(t("consultation.open.until", dates.dateTime(round.closesAt())))
                .open(reason -> act(() -> rounds.openNow(round.id()), new FieldErrors()));
    }

    private void askClose(ConsultationRound round) {
        boolean early = round.closesAt().isAfter(OffsetDateTime.now(clock));
        FinalAction dialog = FinalAction.ask(t("consultation.close.title", round.title()), t("consultation.round.close-now"))
                .destructive()
                .consequence(t("consultation.close.no-more"));
        if (early) {
            dialog.consequence(t("consultation.close.early", dates.dateTime(round.closesAt())))
                    .reason(t("consultation.close.reason"), true);
        }
        dialog.consequence(t("consultation.close.reopenable"))
                .open(reason -> act(() -> rounds.closeNow(round.id(), reason), new FieldErrors()));
    }

    private void askReopen(ConsultationRound round, RoundProgress progress) {
        DateTimePicker deadline = Pickers.localize(new DateTimePicker(t("consultation.reopen.deadline")), dates.calendar());
        deadline.setId("reopen-deadline");
        deadline.setRequiredIndicatorVisible(true);
        deadline.setValue(LocalDateTime.now(clock.withZone(UserZone.zone())).plusDays(7).truncatedTo(ChronoUnit.HOURS));
        FinalAction.ask(t("consultation.reopen.title", round.title()), t("consultation.round.reopen"))
                .consequence(t(round.kind() == RoundKind.PUBLIC ? "consultation.reopen.public" : "consultation.reopen.invited"))
                .consequence(t("consultation.reopen.kept", progress.visible() + progress.hidden()))
                .consequence(t("consultation.reopen.recorded"))
                .field(deadline)
                .reason(t("consultation.reopen.reason"), true)
                .open(reason -> act(() -> rounds.reopen(round.id(), UserZone.toInstant(deadline.getValue()), reason),
                        new FieldErrors().bind("closesAt", deadline)));
    }

    private void askPublish(ConsultationRound round, RoundProgress progress) {
        FinalAction dialog = FinalAction.ask(t("consultation.publish.title", round.title()), t("consultation.round.publish"))
                .consequence(t("consultation.publish.public", progress.visible()));
        if (progress.hidden() > 0) {
            dialog.consequence(t("consultation.publish.hidden", progress.hidden()));
        }
        dialog.consequence(t("consultation.publish.final"));
        Checkbox withUnanswered = new Checkbox(t("consultation.publish.with-unanswered", progress.unanswered()));
        withUnanswered.setId("publish-with-unanswered");
        if (progress.unanswered() > 0) {
            dialog.consequence(t("consultation.publish.unanswered-warning", progress.unanswered())).field(withUnanswered);
        }
        dialog.open(reason -> act(() -> review.publish(round.id(), withUnanswered.getValue()),
                new FieldErrors().bind("publishWithUnanswered", withUnanswered)));
    }

    private boolean act(Runnable action, FieldErrors errors) {
        if (!errors.run(action)) {
            return false;
        }
        Notifications.success(t("consultation.round.done"));
        done.run();
        return true;
    }

    private static Button button(String id, String key, Runnable onClick) {
        Button button = new Button(t(key), e -> onClick.run());
        button.setId(id);
        return button;
    }

    private static String t(String key, Object... args) {
        return Translations.t(key, args);
    }
}
