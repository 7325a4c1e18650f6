package org.councilworkspace.consultation;

import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.wordexport.DocxRenderer;

/** The comment-response table as a Word file: the same document as its PDF, for those who circulate it in Word. */
public final class ResponseTableDocx {

    private ResponseTableDocx() {
    }

    public static byte[] render(PublishedResults results, DocumentLocale locale) {
        return DocxRenderer.render(ResponseTablePdf.document(results, locale));
    }
}
