package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.Agenda;
import org.councilworkspace.meeting.AgendaDocuments;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaPublication;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.AgendaSuggestion;
import org.councilworkspace.meeting.FollowUpItem;
import org.councilworkspace.meeting.MeetingDocument;
import org.councilworkspace.meeting.MeetingDocuments;
import org.councilworkspace.meeting.MeetingSeriesService;

/**
 * The agenda in order, each item with its documents. Those who run meetings also reorder items (by dragging one
 * onto another, or by the arrow buttons and Alt+arrows, each move said to screen readers), edit and remove them,
 * attach documents, add items by hand or from suggestions with one click, and publish the agenda (warned when it
 * runs over or goes out late).
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
    private final AgendaDocuments itemDocuments;
    private final MeetingDocuments files;
    private final AgendaMoves moves;
    private final Agenda shown;
    private final Map<Long, List<MeetingDocument>> shownDocuments;

    /**
     * {@code decide}: whether the reader keeps or drops follow-ups proposed by the meeting's series; {@code moves}:
     * the page's memory of the last move, to redraw after one.
     */
    AgendaPanel(AgendaService agendas, AgendaDocuments itemDocuments, MeetingDocuments files,
                MeetingSeriesService series, long meetingId, boolean manage, boolean decide, CalendarDates dates,
                AgendaMoves moves, Runnable reload) {
        this.itemDocuments = itemDocuments;
        this.files = files;
        this.moves = moves;
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
        this.shown = agenda;
        this.shownDocuments = itemDocuments.byItem(meetingId);
        add(status(agenda));
        if (agenda.overrunMinutes() > 0) {
            Paragraph warning = new Paragraph("⚠ " + getTranslation("meeting.agenda-overrun", agenda.totalMinutes(),
                    agenda.meeting().durationMinutes(), agenda.overrunMinutes()));
            warning.setId("agenda-overrun");
            warning.addClassName("cw-warning");
            warning.getElement().setAttribute("role", "alert");
            add(warning);
        }
        if (manage && agenda.items().size() > 1) {
            Paragraph hint = new Paragraph(getTranslation("meeting.item.reorder-hint"));
            hint.setId("agenda-reorder-hint");
            hint.addClassName("cw-muted");
            add(hint);
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
            AgendaItemRow row = new AgendaItemRow(item, meetingId, shownDocuments.getOrDefault(item.id(), List.of()),
                    files);
            if (followUps.containsKey(item.id())) {
                row.addFollowUp(FollowUpControls.of(series, item, followUps.get(item.id()), decide, reload));
            }
            if (manage) {
                row.manage(this, i, items.size());
                AgendaMoves.Move last = moves.last();
                if (last != null && last.itemId() == item.id() && last.direction() != 0) {
                    row.focusAfterMove(last.direction());
                }
            }
            list.add(row);
        }
        return list;
    }

    void edit(AgendaItem item) {
        new AgendaItemDialog(agendas, meetingId, item, reload).open();
    }

    void documents(AgendaItem item) {
        new ItemDocumentsDialog(itemDocuments, files, meetingId, item, reload).open();
    }

    void remove(AgendaItem item) {
        attempt(() -> agendas.removeItem(item.id(), item.version()));
        reload.run();
    }

    /** The keyboard way: one place up (-1) or down (1), by a button or Alt+arrow. */
    void move(AgendaItem item, int direction) {
        int from = indexOf(item.id());
        int to = from + direction;
        if (attempt(() -> agendas.move(item.id(), direction))) {
            moves.moved(new AgendaMoves.Move(item.id(), direction), announcement(item, to));
        } else {
            reload.run();
        }
    }

    /** An item dropped onto the one at {@code place}: it takes that place, the items between move by one. */
    void dropped(long itemId, int place) {
        int from = indexOf(itemId);
        if (from < 0) {
            reload.run();
            return;
        }
        AgendaItem item = shown.items().get(from);
        if (attempt(() -> agendas.place(meetingId, itemId, place))) {
            moves.moved(new AgendaMoves.Move(itemId, 0), announcement(item, place));
        } else {
            reload.run();
        }
    }

    private String announcement(AgendaItem item, int place) {
        return getTranslation("meeting.item.moved", item.title(), place + 1, shown.items().size());
    }

    private int indexOf(long itemId) {
        for (int i = 0; i < shown.items().size(); i++) {
            if (shown.items().get(i).id() == itemId) {
                return i;
            }
        }
        return -1;
    }

    /** Runs a change; one refused (changed meanwhile, or no longer possible) is said, and the agenda redrawn. */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (ConcurrentChangeException e) {
            Notifications.error(getTranslation("error.concurrent-change"));
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("error.concurrent-change"));
        }
        return false;
    }

    /** Whether the agenda shown is still the agenda: items, order, documents and follow-ups as they are now. */
    boolean isCurrent() {
        return agendas.agenda(meetingId).equals(shown) && itemDocuments.byItem(meetingId).equals(shownDocuments)
                && series.followUps(meetingId).equals(followUps);
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
