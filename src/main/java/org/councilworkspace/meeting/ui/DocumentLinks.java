package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import org.councilworkspace.meeting.MeetingDocument;
import org.councilworkspace.meeting.MeetingDocuments;

/** A download link of a meeting document; the bytes are read when followed, with the reader's permission checked. */
final class DocumentLinks {

    private DocumentLinks() {
    }

    static Anchor download(MeetingDocuments files, MeetingDocument d) {
        StreamResource resource = new StreamResource(d.fileName(),
                () -> new ByteArrayInputStream(files.file(d.id()).content()));
        resource.setContentType(d.mediaType());
        Anchor download = new Anchor(resource, d.title());
        download.getElement().setAttribute("download", true);
        return download;
    }
}
