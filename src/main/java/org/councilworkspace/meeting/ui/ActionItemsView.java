package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.meeting.ActionItem;
import org.councilworkspace.meeting.ActionScope;
import org.councilworkspace.meeting.ActionStatus;
import org.councilworkspace.meeting.CalendarService;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.security.CurrentUser;

/**
 * The action-item tracker across meetings: mine, or a council's; overdue ones first and marked. Owners and the
 * secretariat change the status in the list. Below it, the person's calendar feed.
 */
@Route("action-items")
@PermitAll
public class ActionItemsView extends VerticalLayout implements HasDynamicTitle {

    private final MinutesService minutes;
    private final MeetingService meetings;
    private final long myId;
    private final Grid<ActionItem> grid = new Grid<>();
    private final RadioButtonGroup<ActionScope> scope = new RadioButtonGroup<>();
    private final Select<MyCouncil> council = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    // Whether I run each council's meetings, asked once per council rather than once per row.
    private final Map<Long, Boolean> manages = new HashMap<>();

    public ActionItemsView(MinutesService minutes, MeetingService meetings, CouncilService councils,
                           CalendarService calendar, CurrentUser currentUser) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.myId = currentUser.requireId();
        addClassName("cw-page");
        scope.setLabel(getTranslation("meeting.actions.scope"));
        scope.setId("action-scope");
        scope.setItems(ActionScope.values());
        scope.setItemLabelGenerator(Translations::label);
        scope.setValue(ActionScope.MINE);
        List<MyCouncil> mine = councils.myCouncils();
        council.setLabel(getTranslation("meeting.actions.council"));
        council.setId("action-council");
        council.setItems(mine);
        council.setItemLabelGenerator(c -> c == null ? "" : c.name());
        if (!mine.isEmpty()) {
            council.setValue(mine.get(0));
        }
        council.setEnabled(false);
        overdueOnly.setLabel(getTranslation("meeting.actions.overdue-only"));
        overdueOnly.setId("action-overdue-only");
        scope.addValueChangeListener(e -> {
            council.setEnabled(e.getValue() == ActionScope.COUNCIL);
            refresh();
        });
        council.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(scope, council, overdueOnly);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        if (!mine.isEmpty() && minutes.countTracker(ActionScope.MINE, null, false) == 0) {
            // Nothing of my own (typically the secretariat): start with the council's items instead.
            scope.setValue(ActionScope.COUNCIL);
            council.setEnabled(true);
        }
        configureGrid();
        add(new H1(getTranslation("meeting.actions.title")), filters, grid, new CalendarFeedPanel(calendar));
        refresh();
    }

    private void configureGrid() {
        grid.setId("action-items");
        grid.getElement().setAttribute("aria-label", getTranslation("meeting.actions.title"));
        grid.setAllRowsVisible(true);
        LocalDate today = minutes.today();
        grid.addComponentColumn(a -> {
            Span due = new Span(Formats.date(a.dueDate()));
            if (a.overdue(today)) {
                due.add(ActionLabels.overdue());
                due.addClassName("cw-overdue");
            }
            return due;
        }).setKey("due").setHeader(getTranslation("meeting.action-due")).setAutoWidth(true);
        grid.addComponentColumn(a -> new Anchor(MeetingPaths.actionItem(a.id()), a.text()))
                .setHeader(getTranslation("meeting.action-text")).setFlexGrow(2);
        grid.addColumn(ActionItem::ownerName).setHeader(getTranslation("meeting.action-owner")).setAutoWidth(true);
        grid.addComponentColumn(a -> new Anchor(MeetingPaths.meeting(a.meetingId()), a.meetingTitle()))
                .setHeader(getTranslation("meeting.title")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("meeting.action-status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("meeting.actions.none"));
    }

    private com.vaadin.flow.component.Component status(ActionItem a) {
        if (a.ownerId() != myId && !manages.computeIfAbsent(a.councilId(), meetings::mayManage)) {
            return new Span(Translations.label(a.status()));
        }
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(Translations::label);
        status.setValue(a.status());
        status.setAriaLabel(getTranslation("meeting.action-status-of", a.text()));
        status.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                minutes.setActionStatus(a.id(), e.getValue(), a.version());
                Notifications.success(getTranslation("meeting.action-status-saved"));
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("error.concurrent-change"));
            }
            refresh();
        });
        return status;
    }

    private void refresh() {
        ActionScope s = scope.getValue();
        Long councilId = s == ActionScope.COUNCIL && council.getValue() != null ? council.getValue().councilId() : null;
        if (s == ActionScope.COUNCIL && councilId == null) {
            grid.setItems(List.of());
            return;
        }
        boolean overdue = overdueOnly.getValue();
        grid.setItems(query -> minutes.tracker(s, councilId, overdue, query.getOffset(), query.getLimit()).stream(),
                query -> minutes.countTracker(s, councilId, overdue));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.actions.title") + " · " + getTranslation("app.name");
    }
}
