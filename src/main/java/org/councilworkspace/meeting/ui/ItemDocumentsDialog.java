package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.AgendaDocuments;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.MeetingDocument;
import org.councilworkspace.meeting.MeetingDocuments;

/**
 * The documents of one agenda item: those attached (each downloads, each can be detached), one of the meeting's
 * other documents to attach, or a new file uploaded and attached at once (judged like every meeting document). The
 * meeting page is redrawn when the dialog closes after a change.
 */
class ItemDocumentsDialog extends Dialog {

    private final AgendaDocuments itemDocuments;
    private final MeetingDocuments files;
    private final long meetingId;
    private final AgendaItem item;
    private final Div attached = new Div();
    private final ComboBox<MeetingDocument> existing = new ComboBox<>();
    private final DocumentFileFields fields = new DocumentFileFields("item-documents");
    private boolean changed;

    ItemDocumentsDialog(AgendaDocuments itemDocuments, MeetingDocuments files, long meetingId, AgendaItem item,
                        Runnable onChanged) {
        this.itemDocuments = itemDocuments;
        this.files = files;
        this.meetingId = meetingId;
        this.item = item;
        setId("item-documents");
        setHeaderTitle(getTranslation("meeting.item.documents-title", item.title()));
        setWidth("min(44rem, 96vw)");
        attached.setId("item-documents-attached");
        existing.setLabel(getTranslation("meeting.item.attach-existing"));
        existing.setId("item-documents-existing");
        existing.setItemLabelGenerator(d -> d.title() + " · " + d.fileName());
        existing.setWidthFull();
        Button attach = new Button(getTranslation("meeting.item.attach"), e -> attachChosen());
        attach.setId("item-documents-attach");
        HorizontalLayout choose = new HorizontalLayout(existing, attach);
        choose.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        choose.setWidthFull();
        add(attached, choose, uploadForm());
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && changed) {
                onChanged.run();
            }
        });
        Button done = new Button(getTranslation("action.close"), e -> close());
        done.setId("item-documents-close");
        getFooter().add(done);
        refresh();
    }

    private VerticalLayout uploadForm() {
        Button add = new Button(getTranslation("meeting.item.upload"), e -> uploadAndAttach());
        add.setId("item-documents-upload");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("meeting.item.upload-heading")),
                new Span(getTranslation("meeting.document.file", MeetingDocuments.maxMegabytes())));
        fields.components().forEach(form::add);
        form.add(add);
        form.setPadding(false);
        return form;
    }

    /** What the upload brought in; null bytes: more than the cap. */
    void received(String name, byte[] bytes) {
        fields.received(name, bytes);
    }

    private void uploadAndAttach() {
        String shown;
        try {
            shown = fields.submit((title, fileName, content, isPublic) -> itemDocuments.upload(item.id(), title,
                    fileName, content, isPublic));
        } catch (NotFoundException e) {
            fields.refuse(getTranslation("error.concurrent-change"));
            return;
        }
        if (shown != null) {
            changed = true;
            refresh();
            Notifications.success(getTranslation("meeting.item.attached", shown));
        }
    }

    private void attachChosen() {
        MeetingDocument chosen = existing.getValue();
        if (chosen != null && run(() -> itemDocuments.attach(item.id(), chosen.id()))) {
            Notifications.success(getTranslation("meeting.item.attached", chosen.title()));
        }
    }

    private boolean run(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            refuse(Translations.message(e));
            return false;
        } catch (NotFoundException e) {
            refuse(getTranslation("error.concurrent-change"));
            return false;
        }
        changed = true;
        refresh();
        return true;
    }

    private void refuse(String message) {
        fields.refuse(message);
    }

    private void refresh() {
        attached.removeAll();
        List<MeetingDocument> own = itemDocuments.byItem(meetingId).getOrDefault(item.id(), List.of());
        if (own.isEmpty()) {
            attached.add(new Paragraph(getTranslation("meeting.item.documents-none")));
        }
        for (MeetingDocument d : own) {
            Button detach = new Button(getTranslation("meeting.item.detach", d.title()), e -> {
                if (run(() -> itemDocuments.detach(item.id(), d.id()))) {
                    Notifications.success(getTranslation("meeting.item.detached", d.title()));
                }
            });
            detach.setId("item-documents-detach-" + d.id());
            detach.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div row = new Div(DocumentLinks.download(files, d), new Span(" · " + d.fileName() + " "), detach);
            row.addClassName("cw-document");
            attached.add(row);
        }
        Set<Long> ownIds = own.stream().map(MeetingDocument::id).collect(Collectors.toSet());
        existing.setItems(files.documents(meetingId).stream().filter(d -> !ownIds.contains(d.id())).toList());
        existing.clear();
    }
}
