package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import org.councilworkspace.base.CappedRead;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.MeetingDocuments;

/**
 * The fields of a new meeting document, wherever one is added (to the meeting, or to an agenda item at once): the
 * file, read up to the cap and judged by the service by its bytes; its title, proposed from the file name; whether
 * the portal may offer it; and a line saying what arrived or why it was refused. Ids are the caller's prefix with
 * {@code -file}, {@code -title}, {@code -public} and {@code -status}.
 */
final class DocumentFileFields {

    /** Stores the document; refuses with {@link InvalidInputException}. */
    interface Store {
        void store(String title, String fileName, byte[] content, boolean isPublic);
    }

    private final Upload upload;
    private final TextField title = new TextField();
    private final Checkbox isPublic = new Checkbox();
    private final Paragraph status = new Paragraph();
    private String fileName;
    private byte[] content;

    DocumentFileFields(String idPrefix) {
        int max = MeetingDocuments.maxMegabytes();
        UI ui = UI.getCurrent();
        UploadHandler handler = event -> {
            try (InputStream in = event.getInputStream()) {
                byte[] bytes = CappedRead.upTo(in, event.getFileSize(), max * 1024L * 1024L);
                String name = event.getFileName();
                ui.access(() -> received(name, bytes));
            }
        };
        upload = Pickers.localize(new Upload(handler));
        upload.setId(idPrefix + "-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(max * 1024 * 1024);
        // A hint for the file chooser only; the service judges the content itself.
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx");
        upload.getElement().setAttribute("aria-label", Translations.t("meeting.document.file", max));
        upload.addFileRejectedListener(e -> refuse(Translations.t("meeting.document.too-large", max)));
        title.setLabel(Translations.t("meeting.document.title"));
        title.setId(idPrefix + "-title");
        title.setMaxLength(300);
        isPublic.setLabel(Translations.t("meeting.document.public"));
        isPublic.setId(idPrefix + "-public");
        status.setId(idPrefix + "-status");
    }

    /** The upload, the title, the public choice and the status line, in that order. */
    List<Component> components() {
        return List.of(upload, title, isPublic, status);
    }

    /** What the upload brought in; null bytes: more than the cap. */
    void received(String name, byte[] bytes) {
        if (bytes == null) {
            refuse(Translations.t("meeting.document.too-large", MeetingDocuments.maxMegabytes()));
            return;
        }
        fileName = name;
        content = bytes;
        status.setText(Translations.t("meeting.document.received", name));
        status.getStyle().remove("color");
        if (title.isEmpty()) {
            title.setValue(name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", ""));
        }
    }

    /**
     * Stores what was given. Returns the title as stored, and empties the fields; null when nothing was given or
     * the service refused it, with the reason on the status line.
     */
    String submit(Store store) {
        if (content == null) {
            refuse(Translations.t("meeting.document.none"));
            return null;
        }
        String shown = title.getValue().strip();
        try {
            store.store(title.getValue(), fileName, content, isPublic.getValue());
        } catch (InvalidInputException e) {
            refuse(Translations.message(e));
            return null;
        }
        content = null;
        fileName = null;
        title.clear();
        isPublic.clear();
        status.setText("");
        return shown;
    }

    void refuse(String message) {
        content = null;
        status.setText(message);
        status.getStyle().set("color", "var(--lumo-error-text-color)");
    }
}
