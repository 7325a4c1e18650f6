package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.meeting.MeetingDocument;
import org.councilworkspace.meeting.MeetingDocuments;

/**
 * A meeting's documents: every reader downloads them; those who run meetings add one (a title, the file, whether it
 * is public) and remove one, a public one only after a confirmation, since the portal then stops offering it.
 */
class DocumentsPanel extends VerticalLayout {

    private final MeetingDocuments documents;
    private final long meetingId;
    private final boolean manage;
    private final CalendarDates dates;
    private final Div list = new Div();
    private DocumentFileFields fields;

    DocumentsPanel(MeetingDocuments documents, long meetingId, boolean manage, CalendarDates dates) {
        this.documents = documents;
        this.meetingId = meetingId;
        this.manage = manage;
        this.dates = dates;
        setPadding(false);
        setId("meeting-documents");
        list.setId("meeting-documents-list");
        add(list);
        if (manage) {
            add(form());
        }
        refresh();
    }

    private VerticalLayout form() {
        fields = new DocumentFileFields("document");
        Button add = new Button(getTranslation("meeting.document.add"), e -> addDocument());
        add.setId("document-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new Span(getTranslation("meeting.document.file",
                MeetingDocuments.maxMegabytes())));
        fields.components().forEach(form::add);
        form.add(add);
        form.setPadding(false);
        return form;
    }

    /** What the upload brought in; null bytes: more than the cap. */
    void received(String name, byte[] bytes) {
        fields.received(name, bytes);
    }

    private void addDocument() {
        String added = fields.submit((title, fileName, content, isPublic) -> documents.add(meetingId, title, fileName,
                content, isPublic));
        if (added != null) {
            Notifications.success(getTranslation("meeting.document.added", added));
            refresh();
        }
    }

    private void refresh() {
        list.removeAll();
        var all = documents.documents(meetingId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("meeting.document.empty")));
        }
        for (MeetingDocument d : all) {
            list.add(row(d));
        }
    }

    private Div row(MeetingDocument d) {
        StreamResource resource = new StreamResource(d.fileName(),
                () -> new ByteArrayInputStream(documents.file(d.id()).content()));
        resource.setContentType(d.mediaType());
        Anchor download = new Anchor(resource, d.title());
        download.getElement().setAttribute("download", true);
        download.setId("document-" + d.id());
        // The file's name is what its uploader typed and the rest the bundles' words: separate texts, never one string.
        Span about = new Span(new Text(" · "), new Text(d.fileName()), new Text(" · "),
                new Text(getTranslation("meeting.document.size", kilobytes(d.sizeBytes()))), new Text(" · "),
                new Text(getTranslation(d.isPublic() ? "meeting.document.is-public" : "meeting.document.is-internal")),
                new Text(" · "),
                new Text(getTranslation("meeting.document.added-by", d.addedBy(), dates.dateTime(d.addedAt()))));
        about.addClassName("cw-muted");
        Div row = new Div(download, about);
        row.addClassName("cw-document");
        if (manage) {
            Button remove = new Button(getTranslation("meeting.document.remove"), e -> remove(d));
            remove.setId("document-remove-" + d.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(remove);
        }
        return row;
    }

    private void remove(MeetingDocument d) {
        if (!d.isPublic()) {
            documents.remove(d.id());
            refresh();
            return;
        }
        FinalAction.ask(getTranslation("meeting.document.remove-public", d.title()),
                        getTranslation("meeting.document.remove"))
                .consequence(getTranslation("meeting.document.remove-consequence"))
                .destructive()
                .openAndClose(given -> {
                    documents.remove(d.id());
                    refresh();
                });
    }

    private static long kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }
}
