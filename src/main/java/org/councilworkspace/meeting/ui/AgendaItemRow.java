package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.MeetingDocument;
import org.councilworkspace.meeting.MeetingDocuments;

/**
 * One agenda item: title, minutes, purpose, presenter, link and its documents. For those who prepare the agenda it
 * is also dragged onto another item to take that item's place, and its buttons edit, move (also Alt+↑ and Alt+↓
 * while one of them has the focus), attach documents and remove.
 */
class AgendaItemRow extends ListItem {

    private final AgendaItem item;
    private Button up;
    private Button down;

    AgendaItemRow(AgendaItem item, long meetingId, List<MeetingDocument> documents, MeetingDocuments files) {
        this.item = item;
        addClassName("cw-agenda-item");
        getElement().setAttribute("data-item", Long.toString(item.id()));
        Span title = new Span(item.title());
        title.addClassName("cw-agenda-title");
        add(title, new Span(" · " + getTranslation("meeting.item.minutes-value", item.minutesAllotted()) + " · "
                + Translations.label(item.purpose())));
        if (item.presenter() != null) {
            add(new Span(" · " + getTranslation("meeting.item.presenter") + ": " + item.presenter()));
        }
        if (item.linkTitle() != null) {
            Div link = new Div(new Span(Translations.label(item.link().kind()) + ": "), new Anchor(
                    LinkPaths.path(meetingId, item.link()), item.linkTitle()));
            link.addClassName("cw-muted");
            add(link);
        }
        for (MeetingDocument d : documents) {
            Anchor download = DocumentLinks.download(files, d);
            download.setId("item-" + item.id() + "-document-" + d.id());
            Div line = new Div(new Span(getTranslation("meeting.item.document") + ": "), download,
                    new Span(" · " + d.fileName()));
            line.addClassName("cw-agenda-document");
            add(line);
        }
    }

    AgendaItem item() {
        return item;
    }

    /** The follow-up line of a series meeting's item. */
    void addFollowUp(Component followUp) {
        add(followUp);
    }

    /** Makes the item draggable onto the others, its buttons, and the Alt+arrow moves. */
    void manage(AgendaPanel panel, int place, int count) {
        addClassName("cw-agenda-item-movable");
        Icon grip = VaadinIcon.ELLIPSIS_DOTS_V.create();
        grip.addClassName("cw-agenda-grip");
        grip.getElement().setAttribute("aria-hidden", "true");
        getElement().insertChild(0, grip.getElement());
        DragSource<AgendaItemRow> drag = DragSource.create(this);
        drag.setDragData(item.id());
        drag.setEffectAllowed(EffectAllowed.MOVE);
        DropTarget<AgendaItemRow> drop = DropTarget.create(this);
        drop.setDropEffect(DropEffect.MOVE);
        drop.addDropListener(e -> e.getDragData().filter(Long.class::isInstance).map(Long.class::cast)
                .filter(dragged -> dragged != item.id()).ifPresent(dragged -> panel.dropped(dragged, place)));

        Button edit = small(VaadinIcon.EDIT, getTranslation("meeting.item.edit", item.title()), () -> panel.edit(item));
        edit.addClassName("cw-edit-item");
        up = small(VaadinIcon.ARROW_UP, getTranslation("meeting.item.up", item.title()), () -> panel.move(item, -1));
        up.addClassName("cw-move-up");
        up.getElement().setAttribute("aria-keyshortcuts", "Alt+ArrowUp");
        up.setEnabled(place > 0);
        down = small(VaadinIcon.ARROW_DOWN, getTranslation("meeting.item.down", item.title()),
                () -> panel.move(item, 1));
        down.addClassName("cw-move-down");
        down.getElement().setAttribute("aria-keyshortcuts", "Alt+ArrowDown");
        down.setEnabled(place < count - 1);
        Button documents = small(VaadinIcon.PAPERCLIP, getTranslation("meeting.item.documents-of", item.title()),
                () -> panel.documents(item));
        documents.addClassName("cw-item-documents");
        Button remove = small(VaadinIcon.TRASH, getTranslation("meeting.item.remove", item.title()),
                () -> panel.remove(item));
        add(new HorizontalLayout(edit, up, down, documents, remove));
        // Within the item only, so the arrows keep scrolling the page elsewhere.
        if (place > 0) {
            Shortcuts.addShortcutListener(this, () -> panel.move(item, -1), Key.ARROW_UP, KeyModifier.ALT)
                    .listenOn(this);
        }
        if (place < count - 1) {
            Shortcuts.addShortcutListener(this, () -> panel.move(item, 1), Key.ARROW_DOWN, KeyModifier.ALT)
                    .listenOn(this);
        }
    }

    /** After a move by button or keys: the focus goes back to the same button, or the other one at an end. */
    void focusAfterMove(int direction) {
        if (up == null) {
            return;
        }
        Button preferred = direction < 0 ? up : down;
        Button other = direction < 0 ? down : up;
        (preferred.isEnabled() ? preferred : other).focus();
    }

    private Button small(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        return button;
    }
}
