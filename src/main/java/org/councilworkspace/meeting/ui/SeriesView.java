package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZonedDateTime;
import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.meeting.AgendaTemplateService;
import org.councilworkspace.meeting.Meeting;
import org.councilworkspace.meeting.MeetingSeries;
import org.councilworkspace.meeting.MeetingSeriesService;

/**
 * A council's meeting series: each with its rule, the coming dates and the meetings made so far. Those who call the
 * council's meetings start a series and make its next meeting, whose agenda then proposes the follow-ups.
 */
@Route("councils/:councilId(\\d+)/meetings/series")
@PermitAll
public class SeriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingSeriesService series;
    private final AgendaTemplateService templates;
    private final CouncilTabs tabs;
    private final CouncilService councils;
    private long councilId;

    public SeriesView(MeetingSeriesService series, AgendaTemplateService templates, CouncilTabs tabs,
                      CouncilService councils) {
        this.series = series;
        this.templates = templates;
        this.tabs = tabs;
        this.councils = councils;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = CouncilRoutes.councilId(event);
        show();
    }

    private void show() {
        List<MeetingSeries> all = series.seriesOfCouncil(councilId);
        CalendarDates dates = Formats.dates(councils.language(councilId).calendar());
        boolean manage = series.mayManage(councilId);
        removeAll();
        add(tabs.create(councilId, MeetingPaths.meetings(councilId)),
                new Anchor(MeetingPaths.meetings(councilId), "← " + getTranslation("meeting.templates.back")),
                new H1(getTranslation("meeting.series.title")), new Paragraph(getTranslation("meeting.series.intro")));
        if (manage) {
            Button create = new Button(getTranslation("meeting.series.new"), VaadinIcon.PLUS.create(), e ->
                    new SeriesFormDialog(series, templates, councilId, dates, this::created).open());
            create.setId("new-series");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.series.none")));
        }
        all.forEach(s -> add(card(s, dates, manage)));
    }

    private Div card(MeetingSeries s, CalendarDates dates, boolean manage) {
        Div card = new Div();
        card.addClassName("cw-series");
        card.setId("series-" + s.id());
        Paragraph rule = new Paragraph(getTranslation("meeting.series.summary", Translations.label(s.kind()),
                s.rrule(), dates.date(s.firstDate()), s.startTime().toString(), s.zone().getId(), s.durationMinutes()));
        rule.addClassName("cw-muted");
        card.add(new H2(s.title()), rule);
        List<ZonedDateTime> coming = series.comingOccurrences(s.id());
        card.add(new H3(getTranslation("meeting.series.coming")));
        if (coming.isEmpty()) {
            card.add(new Paragraph(getTranslation("meeting.series.no-more")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("cw-series-coming");
            coming.forEach(at -> list.add(new ListItem(dates.dateTime(at.toOffsetDateTime()))));
            card.add(list);
        }
        if (manage && !coming.isEmpty()) {
            Button next = new Button(getTranslation("meeting.series.create-next"), VaadinIcon.CALENDAR.create(),
                    e -> createNext(s));
            next.addClassName("cw-create-next");
            next.getElement().setAttribute("aria-label", getTranslation("meeting.series.create-next-of", s.title()));
            card.add(next);
        }
        List<Meeting> made = series.meetings(s.id());
        card.add(new H3(getTranslation("meeting.series.made")));
        if (made.isEmpty()) {
            card.add(new Paragraph(getTranslation("meeting.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("cw-series-meetings");
            made.forEach(m -> list.add(new ListItem(new Anchor(MeetingPaths.meeting(m.id()), dates.dateTime(m.startsAt())
                    + " · " + m.title()))));
            card.add(list);
        }
        return card;
    }

    private void createNext(MeetingSeries s) {
        try {
            created(series.createNextMeeting(s.id()));
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
            show();
        }
    }

    private void created(long meetingId) {
        Notifications.success(getTranslation("meeting.series.meeting-created"));
        UI.getCurrent().navigate(MeetingPaths.meeting(meetingId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.series.title") + " · " + getTranslation("app.name");
    }
}
