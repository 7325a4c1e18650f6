package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.meeting.ActionItem;
import org.councilworkspace.meeting.ActionTrail;
import org.councilworkspace.meeting.MeetingSeriesService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.TrailEntry;

/**
 * One action item: what was agreed, by whom, until when, where it stands, and its trail across the meetings that
 * recorded it and followed it up, with what their minutes say (as far as the reader may read them).
 */
@Route("action-items/:actionId(\\d+)")
@PermitAll
public class ActionItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingSeriesService series;
    private final MinutesService minutes;
    private final CouncilService councils;
    private String title = "";

    public ActionItemView(MeetingSeriesService series, MinutesService minutes, CouncilService councils) {
        this.series = series;
        this.minutes = minutes;
        this.councils = councils;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long actionId = event.getRouteParameters().getLong("actionId")
                .orElseThrow(() -> new NotFoundException("Action item"));
        ActionTrail trail = series.trail(actionId);
        ActionItem a = trail.item();
        title = a.text();
        CalendarDates dates = Formats.dates(councils.language(a.councilId()).calendar());
        removeAll();
        Paragraph facts = new Paragraph(getTranslation("meeting.action-owner") + ": " + a.ownerName() + " · "
                + getTranslation("meeting.action-due") + ": " + dates.date(a.dueDate()) + " · "
                + getTranslation("meeting.action-status") + ": " + Translations.label(a.status()));
        facts.setId("action-facts");
        if (a.overdue(minutes.today())) {
            facts.add(ActionLabels.overdue());
        }
        add(new Anchor(MeetingPaths.actionItems(), "← " + getTranslation("meeting.actions.title")), new H1(a.text()),
                facts, new H2(getTranslation("meeting.trail.title")));
        OrderedList list = new OrderedList();
        list.setId("action-trail");
        for (TrailEntry e : trail.meetings()) {
            ListItem li = new ListItem();
            li.addClassName("cw-trail-entry");
            li.add(new Span(dates.dateTime(e.startsAt()) + " · "), new Anchor(MeetingPaths.meeting(e.meetingId()),
                    e.meetingTitle()), new Span(" · " + getTranslation(e.origin() ? "meeting.trail.recorded"
                    : "meeting.trail.followed-up", e.itemTitle())));
            Div notes = new Div(new Span(e.notes() != null ? e.notes() : getTranslation("meeting.trail.no-notes")));
            notes.addClassName("cw-muted");
            li.add(notes);
            list.add(li);
        }
        add(list);
        if (trail.meetings().size() == 1) {
            add(new Paragraph(getTranslation("meeting.trail.only-origin")));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
