package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.base.ui.UiBatcher;
import org.councilworkspace.council.CouncilLanguage;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.meeting.AgendaActivity;
import org.councilworkspace.meeting.AgendaDocuments;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.CalendarService;
import org.councilworkspace.meeting.Invitee;
import org.councilworkspace.meeting.Meeting;
import org.councilworkspace.meeting.MeetingDocuments;
import org.councilworkspace.meeting.MeetingSeriesService;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.MinutesStatus;
import org.councilworkspace.security.CurrentUser;

/**
 * One meeting: its details and downloads, the invited member's answer, the agenda, attendance and the minutes.
 * Each part shows only what the person's role may see; the services decide.
 */
@Route("meetings/:meetingId(\\d+)")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final MinutesService minutes;
    private final CalendarService calendar;
    private final CouncilTabs tabs;
    private final CurrentUser currentUser;
    private final CouncilService councils;
    private final MeetingDocuments documents;
    private final MeetingSeriesService series;
    private final AgendaDocuments itemDocuments;
    private final AgendaActivity activity;
    private final AgendaMoves moves = new AgendaMoves(() -> show(this.meeting.id()));
    private Meeting meeting;
    private CouncilLanguage language;
    private CalendarDates dates;
    private AgendaPanel agendaPanel;
    private UiBatcher live;
    private Runnable unsubscribe;
    private long listeningTo = -1;

    public MeetingView(MeetingService meetings, AgendaService agendas, MinutesService minutes,
                       CalendarService calendar, CouncilTabs tabs, CurrentUser currentUser, CouncilService councils,
                       MeetingDocuments documents, MeetingSeriesService series, AgendaDocuments itemDocuments,
                       AgendaActivity activity) {
        this.itemDocuments = itemDocuments;
        this.activity = activity;
        this.series = series;
        this.documents = documents;
        this.currentUser = currentUser;
        this.councils = councils;
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.calendar = calendar;
        this.tabs = tabs;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meetingId = event.getRouteParameters().getLong("meetingId").orElseThrow(() -> new NotFoundException("Meeting"));
        show(meetingId);
    }

    void show(long meetingId) {
        if (meeting != null && meeting.id() != meetingId) {
            moves.announcer().setText("");
        }
        meeting = meetings.meeting(meetingId);
        long councilId = meeting.councilId();
        language = councils.language(councilId);
        dates = Formats.dates(language.calendar());
        boolean manage = meetings.mayManage(councilId);
        // Approved minutes are the record: the meeting, its agenda and attendance no longer change (the service says so).
        boolean open = meeting.minutesStatus() == MinutesStatus.DRAFT;
        // The live region stays: screen readers only notice a change in one they already know.
        getChildren().filter(c -> c != moves.announcer()).toList().forEach(this::remove);
        if (moves.announcer().getParent().isEmpty()) {
            add(moves.announcer());
        }
        add(tabs.create(councilId, MeetingPaths.meetings(councilId)));
        add(new Anchor(MeetingPaths.meetings(councilId), "← " + getTranslation("meeting.back", meeting.councilName())));
        add(new H1(meeting.title()), details(), downloads(meetingId));
        if (manage && open) {
            Button edit = new Button(getTranslation("meeting.edit"), VaadinIcon.EDIT.create(), e -> new MeetingFormDialog(
                    meetings, councilId, language.calendar(), meeting, meetings.invitees(meetingId).stream().map(Invitee::userId)
                    .collect(Collectors.toSet()), id -> show(id)).open());
            edit.setId("edit-meeting");
            add(edit);
        }
        InvitationPanel invitation = new InvitationPanel(meetings, meetingId, currentUser.requireId());
        if (invitation.applies()) {
            add(invitation);
        }
        if (manage && !open) {
            Paragraph locked = new Paragraph(getTranslation("meeting.minutes-locked-hint"));
            locked.setId("minutes-locked-hint");
            add(locked);
        }
        boolean agendaEditable = agendas.editable(meeting);
        add(new H2(getTranslation("meeting.agenda")));
        if (manage && open && !agendaEditable) {
            Paragraph past = new Paragraph(getTranslation("meeting.agenda-past-hint"));
            past.setId("agenda-past-hint");
            add(past);
        }
        series.seriesOfMeeting(meetingId).ifPresent(s -> {
            Anchor part = new Anchor(MeetingPaths.series(councilId), getTranslation("meeting.series.part-of", s.title()));
            part.setId("meeting-series");
            add(part);
        });
        agendaPanel = agendaPanel(meetingId, manage && agendaEditable, manage && open);
        add(agendaPanel);
        listen();
        add(new H2(getTranslation("meeting.documents")), new DocumentsPanel(documents, meetingId, manage, dates));
        if (manage) {
            add(new H2(getTranslation("meeting.attendance")), new AttendancePanel(meetings, meetingId, open));
        }
        add(new H2(getTranslation("meeting.minutes")), new MinutesPanel(minutes, meetings, meetingId, manage,
                meetings.mayApproveMinutes(councilId), dates, () -> show(meetingId)));
    }

    private AgendaPanel agendaPanel(long meetingId, boolean manageAgenda, boolean decide) {
        return new AgendaPanel(agendas, itemDocuments, documents, series, meetingId, manageAgenda, decide, dates,
                moves, () -> show(meetingId));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        live = new UiBatcher(event.getUI(), 400, this::agendaChangedElsewhere);
        listen();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        listeningTo = -1;
        live = null;
    }

    /** Listens to the agenda of the meeting shown; the same view may be shown another meeting. */
    private void listen() {
        if (live == null || meeting == null || listeningTo == meeting.id()) {
            return;
        }
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        listeningTo = meeting.id();
        unsubscribe = activity.subscribe(listeningTo, live::request);
    }

    /**
     * Another tab or person changed the agenda: only the agenda is redrawn, and only when it differs from what is
     * shown, so a move made here keeps its focus and nobody loses minutes they are typing further down.
     */
    private void agendaChangedElsewhere() {
        if (agendaPanel == null || agendaPanel.isCurrent()) {
            return;
        }
        boolean manage = meetings.mayManage(meeting.councilId());
        Meeting now = meetings.meeting(meeting.id());
        AgendaPanel fresh = agendaPanel(now.id(), manage && agendas.editable(now),
                manage && now.minutesStatus() == MinutesStatus.DRAFT);
        replace(agendaPanel, fresh);
        agendaPanel = fresh;
    }

    private VerticalLayout details() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("meeting-details");
        box.add(new Paragraph(Translations.label(meeting.kind()) + " · " + meeting.councilName()));
        box.add(new Paragraph(getTranslation("meeting.time") + ": " + dates.weekdayDateTime(meeting.startsAt()) + " – "
                + dates.dateTime(meeting.endsAt())));
        if (meeting.place() != null) {
            box.add(new Paragraph(getTranslation("meeting.place") + ": " + meeting.place()));
        }
        if (meeting.onlineLink() != null) {
            Anchor link = new Anchor(meeting.onlineLink(), meeting.onlineLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            box.add(new Paragraph(new com.vaadin.flow.component.Text(getTranslation("meeting.online-link") + ": "), link));
        }
        if (meeting.planVersionLabel() != null) {
            box.add(new Paragraph(getTranslation("meeting.plan-version") + ": " + meeting.planVersionLabel()));
        }
        return box;
    }

    private HorizontalLayout downloads(long meetingId) {
        String base = baseUrl();
        Anchor ics = Downloads.text("meeting-" + meetingId + ".ics", "text/calendar",
                () -> calendar.meetingIcs(meetingId, id -> base + "/" + MeetingPaths.meeting(id)),
                getTranslation("meeting.download-ics"));
        ics.setId("download-ics");
        Anchor pack = Downloads.printable(agendas, meetingId, language);
        Anchor pdf = Downloads.pdf(agendas, meetingId, language);
        HorizontalLayout row = new HorizontalLayout(ics, pack, pdf, Downloads.agendaDocx(agendas, meetingId, language),
                Downloads.packPdf(agendas, meetingId, language), Downloads.packDocx(agendas, meetingId, language),
                Downloads.minutesPdf(minutes, meetingId, language),
                Downloads.minutesDocx(minutes, meetingId, language));
        row.setId("meeting-downloads");
        // Five links: on a narrow screen (or in Thai, whose labels are long) they wrap instead of squeezing.
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    /** The address the browser used to reach the app, for links in calendar files. */
    static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? "" : meeting.title() + " · ") + getTranslation("app.name");
    }
}
