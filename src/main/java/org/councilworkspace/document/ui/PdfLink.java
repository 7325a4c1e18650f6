package org.councilworkspace.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.function.Function;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.document.DocumentLocale;

/**
 * A link that downloads a PDF made when it is followed. The reader's language and time zone are captured when
 * the link is made: the file is written later, in the download's own request, where the page's UI is not at hand
 * (with a progress indicator if that takes more than a second, see {@link ExportLink}).
 */
public final class PdfLink {

    private PdfLink() {
    }

    public static Anchor create(String id, String fileName, String label, Function<DocumentLocale, byte[]> content) {
        UI ui = UI.getCurrent();
        DocumentLocale locale = new DocumentLocale(ui.getLocale(), UserZone.zone());
        return ExportLink.create(id, fileName, "application/pdf", label, true, () -> content.apply(locale));
    }
}
