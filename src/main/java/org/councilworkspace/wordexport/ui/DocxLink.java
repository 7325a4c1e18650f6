package org.councilworkspace.wordexport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.function.Function;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.ui.ExportLink;
import org.councilworkspace.wordexport.DocxRenderer;

/**
 * A link that downloads a Word document made when it is followed, from a document of the shared model. The reader's
 * language and time zone are captured when the link is made, since the download's own request has no page at hand;
 * the services behind {@code document} check, in that request, that the reader may read it.
 */
public final class DocxLink {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocxLink() {
    }

    public static Anchor create(String id, String fileName, String label,
                                Function<DocumentLocale, CouncilDocument> document) {
        return ofBytes(id, fileName, label, locale -> DocxRenderer.render(document.apply(locale)));
    }

    /** A link to a Word file another writer makes (the tracked-changes comparison). */
    public static Anchor ofBytes(String id, String fileName, String label, Function<DocumentLocale, byte[]> docx) {
        UI ui = UI.getCurrent();
        DocumentLocale locale = new DocumentLocale(ui.getLocale(), UserZone.zone());
        return ExportLink.create(id, fileName, CONTENT_TYPE, label, true, () -> docx.apply(locale));
    }
}
