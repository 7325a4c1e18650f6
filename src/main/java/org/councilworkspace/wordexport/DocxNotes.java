package org.councilworkspace.wordexport;

import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilworkspace.document.Note;

/**
 * Footnotes as Word's own: the reference is Word's footnote mark (Word numbers the notes through the document and
 * sets them at the foot of the page), the note's text in Word's Footnote Text style after the note's own mark.
 */
final class DocxNotes {

    private DocxNotes() {
    }

    static void reference(XWPFParagraph paragraph, Note note) {
        XWPFFootnote footnote = paragraph.getDocument().createFootnote();
        // POI starts the note's first paragraph with Word's footnote mark.
        XWPFParagraph text = footnote.createParagraph();
        text.setStyle(DocxStyles.FOOTNOTE_TEXT);
        text.createRun().setText(" ");
        DocxRenderer.runs(text, note.text());
        paragraph.addFootnoteReference(footnote);
    }
}
