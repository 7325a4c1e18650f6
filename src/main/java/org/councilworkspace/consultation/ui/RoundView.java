package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.consultation.AnswerService;
import org.councilworkspace.consultation.ConsultationExports;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.ConsultationStatistics;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundProgress;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.RoundStatus;
import org.councilworkspace.council.CouncilService;

/** One round for those who run it: schedule and status, submissions, groups, invitations, answers, publishing. */
@Route("consultations/:roundId(\\d+)")
@PermitAll
public class RoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService rounds;
    private final ReviewService review;
    private final AnswerService answers;
    private final ConsultationExports exports;
    private final ConsultationStatistics statistics;
    private final Clock clock;
    private final CouncilService councils;
    private CalendarDates dates;
    private final Div header = new Div();
    private long roundId;
    private ConsultationRound round;

    public RoundView(RoundService rounds, ReviewService review, AnswerService answers, ConsultationExports exports,
                     ConsultationStatistics statistics, Clock clock, CouncilService councils) {
        this.answers = answers;
        this.councils = councils;
        this.rounds = rounds;
        this.review = review;
        this.exports = exports;
        this.statistics = statistics;
        this.clock = clock;
        addClassName("cw-page");
        header.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElseThrow(() -> new NotFoundException("Round"));
        round = rounds.round(roundId);
        // The round's times in the council's calendar, for this reader: made once per visit.
        dates = Formats.dates(councils.language(round.councilId()).calendar());
        removeAll();
        showHeader();
        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.setId("round-tabs");
        SubmissionsPanel submissions = new SubmissionsPanel(roundId, round.councilId(), rounds.sections(roundId), review,
                answers, statistics, dates, this::showHeader);
        GroupsPanel groups = new GroupsPanel(roundId, review, () -> answers.templates(round.councilId()), () -> {
            submissions.refresh();
            showHeader();
        });
        sheet.add(getTranslation("consultation.submissions"), submissions);
        sheet.add(getTranslation("consultation.groups"), groups);
        if (round.kind() == RoundKind.INVITED) {
            sheet.add(getTranslation("consultation.invitations"), new InvitationsPanel(roundId, rounds));
        }
        sheet.add(getTranslation("consultation.export-and-stats"), new ResultsPanel(roundId,
                "consultation-" + roundId, exports, review, statistics));
        add(header, sheet);
    }

    private void showHeader() {
        round = rounds.round(roundId);
        RoundProgress progress = review.progress(roundId);
        header.removeAll();
        Span status = new Span(Labels.of(round.status()));
        status.getElement().getThemeList().add("badge");
        status.setId("round-status");
        Span kind = new Span(Labels.of(round.kind()));
        kind.getElement().getThemeList().add("badge contrast");
        Anchor back = new Anchor(PublicPaths.councilRounds(round.councilId()), "← " + getTranslation("consultation.title"));
        Paragraph about = new Paragraph(round.planTitle() + " · " + round.versionLabel() + " · "
                + dates.dateTime(round.opensAt()) + " – " + dates.dateTime(round.closesAt()));
        Paragraph answered = new Paragraph(getTranslation("consultation.progress", progress.answered(), progress.visible(),
                progress.hidden()));
        answered.setId("round-progress");
        ProgressBar bar = new ProgressBar(0, Math.max(1, progress.visible()), progress.answered());
        bar.getElement().setAttribute("aria-label", answered.getText());
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        new RoundActions(rounds, review, clock, dates, this::showHeader).buttons(round, progress).forEach(actions::add);
        if (round.kind() == RoundKind.PUBLIC && round.status() == RoundStatus.OPEN) {
            Anchor page = new Anchor(PublicPaths.round(roundId), getTranslation("consultation.round.public-page"));
            // The portal is outside the workspace: a full page load, not a route.
            page.setRouterIgnore(true);
            actions.add(page);
        }
        if (round.status() == RoundStatus.PUBLISHED) {
            Anchor results = new Anchor(PublicPaths.results(roundId), getTranslation("consultation.round.results-page"));
            results.setId("round-results-link");
            results.setRouterIgnore(true);
            actions.add(results);
        }
        header.add(back, new H1(round.title()), new Div(status, new Span(" "), kind), about,
                RoundHistoryLines.of(rounds.history(roundId), dates), answered, bar, actions);
    }

    @Override
    public String getPageTitle() {
        return (round == null ? "" : round.title() + " · ") + getTranslation("app.name");
    }
}
