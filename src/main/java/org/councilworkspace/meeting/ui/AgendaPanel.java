package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.Agenda;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaPublication;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.AgendaSuggestion;
import org.councilworkspace.meeting.FollowUpItem;
import org.councilworkspace.meeting.MeetingSeriesService;

/**
 * The agenda in order. Those who run meetings also reorder and remove items, add items by hand or from
 * suggestions with one click, and publish the agenda (warned when it runs over or goes out late).
 */
class AgendaPanel extends Div {

    private final AgendaService agendas;
    private final long meetingId;
    private final boolean manage;
    private final Runnable reload;
    private final CalendarDates dates;
    private final MeetingSeriesService series;
    private final Map<Long, FollowUpItem> followUps;
    private final boolean decide;

    /** {@code decide}: whether the reader keeps or drops follow-ups proposed by the meeting's series. */
    AgendaPanel(AgendaService agendas, MeetingSeriesService series, long meetingId, boolean manage, boolean decide,
                CalendarDates dates, Runnable reload) {
        this.dates = dates;
        this.series = series;
        this.decide = decide;
        this.followUps = series.followUps(meetingId);
        this.agendas = agendas;
        this.meetingId = meetingId;
        this.manage = manage;
        this.reload = reload;
        setId("agenda");
        Agenda agenda = agendas.agenda(meetingId);
        add(status(agenda));
        if (agenda.overrunMinutes() > 0) {
            Paragraph warning = new Paragraph("⚠ " + getTranslation("meeting.agenda-overrun", agenda.totalMinutes(),
                    agenda.meeting().durationMinutes(), agenda.overrunMinutes()));
            warning.setId("agenda-overrun");
            warning.addClassName("cw-warning");
            warning.getElement().setAttribute("role", "alert");
            add(warning);
        }
        add(items(agenda));
        if (manage) {
            add(actions(agenda), suggestions());
        }
    }

    private Paragraph status(Agenda agenda) {
        String text;
        if (agenda.meeting().agendaPublished()) {
            text = "✔ " + getTranslation("meeting.agenda-published-at", dates.dateTime(agenda.meeting().agendaPublishedAt()))
                    + (agenda.meeting().agendaPublishedLate() ? " ⚠ " + getTranslation("meeting.agenda-was-late") : "");
        } else {
            text = "✎ " + getTranslation(manage ? "meeting.agenda-draft-manager" : "meeting.agenda-not-published");
        }
        Paragraph p = new Paragraph(text);
        p.setId("agenda-status");
        return p;
    }

    private OrderedList items(Agenda agenda) {
        OrderedList list = new OrderedList();
        list.setId("agenda-items");
        list.addClassName("cw-agenda");
        List<AgendaItem> items = agenda.items();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            ListItem li = new ListItem();
            li.addClassName("cw-agenda-item");
            Span title = new Span(item.title());
            title.addClassName("cw-agenda-title");
            li.add(title, new Span(" · " + getTranslation("meeting.item.minutes-value", item.minutesAllotted()) + " · "
                    + Translations.label(item.purpose())));
            if (item.presenter() != null) {
                li.add(new Span(" · " + getTranslation("meeting.item.presenter") + ": " + item.presenter()));
            }
            if (item.linkTitle() != null) {
                Div link = new Div(new Span(Translations.label(item.link().kind()) + ": "), new Anchor(
                        LinkPaths.path(meetingId, item.link()), item.linkTitle()));
                link.addClassName("cw-muted");
                li.add(link);
            }
            if (followUps.containsKey(item.id())) {
                li.add(FollowUpControls.of(series, item, followUps.get(item.id()), decide, reload));
            }
            if (manage) {
                li.add(controls(item, i == 0, i == items.size() - 1));
            }
            list.add(li);
        }
        return list;
    }

    private HorizontalLayout controls(AgendaItem item, boolean first, boolean last) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new AgendaItemDialog(agendas, meetingId, item, reload)
                .open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label", getTranslation("meeting.item.edit", item.title()));
        edit.setTooltipText(getTranslation("meeting.item.edit", item.title()));
        edit.addClassName("cw-edit-item");
        Button up = small(VaadinIcon.ARROW_UP, getTranslation("meeting.item.up", item.title()), () -> agendas.move(item.id(), -1));
        up.setEnabled(!first);
        Button down = small(VaadinIcon.ARROW_DOWN, getTranslation("meeting.item.down", item.title()),
                () -> agendas.move(item.id(), 1));
        down.setEnabled(!last);
        Button remove = small(VaadinIcon.TRASH, getTranslation("meeting.item.remove", item.title()),
                () -> agendas.removeItem(item.id(), item.version()));
        return new HorizontalLayout(edit, up, down, remove);
    }

    private Button small(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            try {
                action.run();
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("error.concurrent-change"));
            }
            reload.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        return button;
    }

    private HorizontalLayout actions(Agenda agenda) {
        Button add = new Button(getTranslation("meeting.item.add"), VaadinIcon.PLUS.create(),
                e -> new AgendaItemDialog(agendas, meetingId, reload).open());
        add.setId("add-agenda-item");
        Button publish = new Button(getTranslation("meeting.agenda-publish"), VaadinIcon.PAPERPLANE.create(), e -> publish(agenda));
        publish.setId("publish-agenda");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Proposed follow-ups are kept or dropped first: the members get the agenda as the chair settled it.
        publish.setEnabled(!agenda.meeting().agendaPublished() && !agenda.items().isEmpty()
                && followUps.values().stream().allMatch(FollowUpItem::kept));
        return new HorizontalLayout(add, publish);
    }

    private void publish(Agenda agenda) {
        // Publishing notifies every invited member and cannot be taken back, so it always asks first.
        FinalAction ask = FinalAction.ask(getTranslation("meeting.agenda-publish-title", agenda.meeting().title()),
                        getTranslation(agendas.publishingNowIsLate(meetingId) ? "meeting.agenda-publish-anyway"
                                : "meeting.agenda-publish"))
                .consequence(getTranslation("meeting.agenda-publish-notify"))
                .consequence(getTranslation("meeting.agenda-publish-final"));
        if (agendas.publishingNowIsLate(meetingId)) {
            ask.consequence("⚠ " + getTranslation("meeting.agenda-late-text"));
        }
        ask.openAndClose(reason -> doPublish());
    }

    private void doPublish() {
        AgendaPublication result = agendas.publish(meetingId);
        Notifications.success(getTranslation(result.late() ? "meeting.agenda-published-late" : "meeting.agenda-published-ok",
                result.notified(), result.noticeDays()));
        reload.run();
    }

    private Div suggestions() {
        Div box = new Div();
        box.setId("agenda-suggestions");
        box.add(new H3(getTranslation("meeting.suggestions")));
        List<AgendaSuggestion> suggestions = agendas.suggestions(meetingId);
        if (suggestions.isEmpty()) {
            box.add(new Paragraph(getTranslation("meeting.suggestions-none")));
            return box;
        }
        OrderedList list = new OrderedList();
        list.addClassName("cw-plain-list");
        for (AgendaSuggestion s : suggestions) {
            Button add = new Button(getTranslation("meeting.suggestion-add"), VaadinIcon.PLUS.create(), e -> {
                agendas.addSuggestion(meetingId, s);
                Notifications.success(getTranslation("meeting.suggestion-added", s.title()));
                reload.run();
            });
            add.addClassName("cw-add-suggestion");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.getElement().setAttribute("aria-label", getTranslation("meeting.suggestion-add-of", s.title()));
            ListItem li = new ListItem(new Span(s.title() + " — " + getTranslation(s.reasonKey()) + " "), add);
            li.addClassName("cw-suggestion");
            list.add(li);
        }
        box.add(list);
        return box;
    }
}
