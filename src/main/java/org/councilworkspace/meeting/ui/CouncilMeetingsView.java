package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.meeting.Meeting;
import org.councilworkspace.meeting.AgendaTemplateService;
import org.councilworkspace.meeting.MeetingService;

/** A council's meetings: upcoming soonest first, past newest first; the secretariat calls new ones. */
@Route("councils/:councilId(\\d+)/meetings")
@PermitAll
public class CouncilMeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final CouncilTabs tabs;
    private final CouncilService councils;
    private final AgendaTemplateService templates;

    public CouncilMeetingsView(MeetingService meetings, CouncilTabs tabs, CouncilService councils,
                               AgendaTemplateService templates) {
        this.templates = templates;
        this.meetings = meetings;
        this.tabs = tabs;
        this.councils = councils;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long councilId = CouncilRoutes.councilId(event);
        meetings.countMeetings(councilId, true);
        removeAll();
        add(tabs.create(councilId, MeetingPaths.meetings(councilId)), new H1(getTranslation("meeting.tab")));
        if (meetings.mayManage(councilId)) {
            Button create = new Button(getTranslation("meeting.new"), VaadinIcon.PLUS.create(), e ->
                    new MeetingFormDialog(meetings, templates, councilId, councils.language(councilId).calendar(),
                            id -> UI.getCurrent().navigate(MeetingPaths.meeting(id))).open());
            create.setId("new-meeting");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Anchor editTemplates = new Anchor(MeetingPaths.templates(councilId), getTranslation("meeting.templates.title"));
            editTemplates.setId("agenda-templates-link");
            add(new HorizontalLayout(create, editTemplates, seriesLink(councilId)), noticePeriod(councilId));
        } else {
            add(seriesLink(councilId));
        }
        add(new H2(getTranslation("meeting.upcoming")), grid(councilId, true, "upcoming-meetings"),
                new H2(getTranslation("meeting.past")), grid(councilId, false, "past-meetings"));
    }

    private Anchor seriesLink(long councilId) {
        Anchor series = new Anchor(MeetingPaths.series(councilId), getTranslation("meeting.series.title"));
        series.setId("meeting-series-link");
        return series;
    }

    private HorizontalLayout noticePeriod(long councilId) {
        IntegerField days = new IntegerField(getTranslation("meeting.notice-days"));
        days.setId("notice-days");
        days.setMin(0);
        days.setMax(90);
        days.setStepButtonsVisible(true);
        days.setWidth("min(22rem, 90vw)");
        days.setHelperText(getTranslation("meeting.notice-days-help"));
        days.setValue(meetings.noticeDays(councilId));
        FieldErrors errors = new FieldErrors().bind("noticeDays", days);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (errors.run(() -> meetings.setNoticeDays(councilId, days.getValue()))) {
                Notifications.success(getTranslation("meeting.notice-days-saved", days.getValue()));
            }
        });
        save.setId("save-notice-days");
        save.getElement().setAttribute("aria-label", getTranslation("meeting.notice-days-save"));
        HorizontalLayout row = new HorizontalLayout(days, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Grid<Meeting> grid(long councilId, boolean upcoming, String id) {
        Grid<Meeting> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation(upcoming ? "meeting.upcoming" : "meeting.past"));
        CalendarDates dates = Formats.dates(councils.language(councilId).calendar());
        grid.addColumn(m -> dates.dateTime(m.startsAt())).setHeader(getTranslation("meeting.time")).setAutoWidth(true);
        grid.addComponentColumn(m -> new Anchor(MeetingPaths.meeting(m.id()), m.title()))
                .setHeader(getTranslation("meeting.title")).setFlexGrow(3);
        grid.addColumn(m -> Translations.label(m.kind())).setHeader(getTranslation("meeting.kind")).setAutoWidth(true);
        grid.addComponentColumn(m -> new Span(upcoming ? agendaState(m) : Translations.label(m.minutesStatus())))
                .setHeader(getTranslation(upcoming ? "meeting.agenda" : "meeting.minutes")).setAutoWidth(true);
        grid.setItems(query -> meetings.meetings(councilId, upcoming, query.getOffset(), query.getLimit()).stream(),
                query -> meetings.countMeetings(councilId, upcoming));
        grid.setEmptyStateText(getTranslation("meeting.none"));
        return grid;
    }

    private String agendaState(Meeting m) {
        return m.agendaPublished() ? "✔ " + getTranslation("meeting.agenda-published")
                : "✎ " + getTranslation("meeting.agenda-draft");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.tab") + " · " + getTranslation("app.name");
    }
}
