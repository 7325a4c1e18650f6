package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.ActionItem;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaLink;
import org.councilworkspace.meeting.AgendaLinkKind;
import org.councilworkspace.meeting.Decision;
import org.councilworkspace.meeting.Minutes;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewActionItem;

/** One agenda item in the minutes: its notes, decisions and action items, editable while the minutes are a draft. */
class MinutesItem extends Div {

    private final CalendarSystem calendar;

    /** {@code history}: offer the earlier versions of the notes (for those who work on draft minutes). */
    MinutesItem(MinutesService minutes, List<Member> owners, CalendarSystem calendar, Minutes m, AgendaItem item,
                int number, boolean editable, boolean history, Runnable reload) {
        this.calendar = calendar;
        addClassName("cw-minutes-item");
        setId("minutes-item-" + item.id());
        add(new H3(number + ". " + item.title()));
        if (history) {
            Button earlier = new Button(getTranslation("meeting.minutes-notes-history"),
                    e -> NotesHistory.open(minutes, item));
            earlier.addClassName("cw-notes-history");
            earlier.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            earlier.getElement().setAttribute("aria-label", getTranslation("meeting.minutes-notes-history-of",
                    item.title()));
            add(earlier);
        }
        if (editable) {
            TextArea notes = new TextArea(getTranslation("meeting.minutes-notes"));
            notes.setWidthFull();
            notes.setMaxLength(20000);
            notes.addClassName("cw-minutes-notes");
            notes.setValue(item.notes() == null ? "" : item.notes());
            FieldErrors errors = new FieldErrors().bind("notes", notes);
            Button save = new Button(getTranslation("meeting.minutes-save-notes"), e -> {
                if (errors.run(() -> minutes.saveNotes(item.id(), notes.getValue(), item.version()))) {
                    Notifications.success(getTranslation("meeting.minutes-notes-saved"));
                    reload.run();
                }
            });
            save.addClassName("cw-save-notes");
            save.getElement().setAttribute("aria-label", getTranslation("meeting.minutes-save-notes-of", item.title()));
            add(notes, save);
        } else if (item.notes() != null) {
            Paragraph notes = new Paragraph(item.notes());
            notes.addClassName("cw-preserve-lines");
            add(notes);
        }
        add(new H4(getTranslation("meeting.decisions")));
        List<Decision> decisions = m.decisions().stream().filter(d -> d.agendaItemId() == item.id()).toList();
        UnorderedList decisionList = new UnorderedList();
        decisionList.addClassName("cw-decisions");
        for (Decision d : decisions) {
            ListItem li = new ListItem(new Span("✔ " + d.text()));
            if (d.linkTitle() != null) {
                li.add(new Span(" — "), new Anchor(LinkPaths.path(m.meeting().id(), d.link()), d.linkTitle()));
            }
            decisionList.add(li);
        }
        if (decisions.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.decisions-none")));
        } else {
            add(decisionList);
        }
        if (editable) {
            add(decisionForm(minutes, item, reload));
        }
        add(new H4(getTranslation("meeting.action-items")));
        List<ActionItem> actions = m.actionItems().stream().filter(a -> a.agendaItemId() == item.id()).toList();
        if (actions.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.action-items-none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("cw-actions");
            LocalDate today = minutes.today();
            actions.forEach(a -> list.add(new ListItem(ActionLabels.line(a, today))));
            add(list);
        }
        if (editable) {
            add(actionForm(minutes, owners, item, reload));
        }
    }

    private Div decisionForm(MinutesService minutes, AgendaItem item, Runnable reload) {
        TextArea text = new TextArea(getTranslation("meeting.decision-text"));
        text.setWidthFull();
        text.setMaxLength(4000);
        text.addClassName("cw-decision-text");
        boolean linkable = item.link() != null && (item.link().kind() == AgendaLinkKind.SECTION
                || item.link().kind() == AgendaLinkKind.AMENDMENT);
        Checkbox link = new Checkbox(linkable ? getTranslation("meeting.decision-link", item.linkTitle()) : "");
        link.setValue(linkable);
        link.setVisible(linkable);
        FieldErrors errors = new FieldErrors().bind("decision", text);
        Button add = new Button(getTranslation("meeting.decision-add"), e -> {
            AgendaLink target = linkable && link.getValue() ? item.link() : null;
            if (errors.run(() -> minutes.addDecision(item.id(), text.getValue(), target))) {
                Notifications.success(getTranslation("meeting.decision-added"));
                reload.run();
            }
        });
        add.addClassName("cw-add-decision");
        add.getElement().setAttribute("aria-label", getTranslation("meeting.decision-add-of", item.title()));
        Div form = new Div(text, link, add);
        form.addClassName("cw-inline-form");
        return form;
    }

    private Div actionForm(MinutesService minutes, List<Member> owners, AgendaItem item, Runnable reload) {
        TextField text = new TextField(getTranslation("meeting.action-text"));
        text.setMaxLength(1000);
        text.addClassName("cw-action-text");
        ComboBox<Member> owner = new ComboBox<>(getTranslation("meeting.action-owner"));
        owner.addClassName("cw-action-owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(Member::displayName);
        DatePicker due = Pickers.localize(new DatePicker(getTranslation("meeting.action-due")), calendar);
        due.addClassName("cw-action-due");
        due.setValue(minutes.today().plusDays(14));
        due.setLocale(Translations.locale());
        FieldErrors errors = new FieldErrors().bind("actionText", text).bind("owner", owner).bind("dueDate", due);
        Button add = new Button(getTranslation("meeting.action-add"), e -> {
            if (errors.run(() -> minutes.addActionItem(item.id(), new NewActionItem(text.getValue(),
                    owner.getValue() == null ? null : owner.getValue().userId(), due.getValue())))) {
                Notifications.success(getTranslation("meeting.action-added"));
                reload.run();
            }
        });
        add.addClassName("cw-add-action");
        add.getElement().setAttribute("aria-label", getTranslation("meeting.action-add-of", item.title()));
        HorizontalLayout row = new HorizontalLayout(text, owner, due, add);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        Div form = new Div(row);
        form.addClassName("cw-inline-form");
        return form;
    }
}
