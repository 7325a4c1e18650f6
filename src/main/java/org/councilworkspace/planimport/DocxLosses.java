package org.councilworkspace.planimport;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/** Counts what a Word document holds that an imported plan cannot keep, for the report shown before saving. */
final class DocxLosses {

    private static final String NAMESPACES = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
            + "declare namespace m='http://schemas.openxmlformats.org/officeDocument/2006/math' "
            + "declare namespace wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' "
            + "declare namespace v='urn:schemas-microsoft-com:vml' "
            + "declare namespace pic='http://schemas.openxmlformats.org/drawingml/2006/picture' ";

    private DocxLosses() {
    }

    static Map<NotCarried, Integer> count(XWPFDocument doc) {
        XmlObject body = doc.getDocument();
        Map<NotCarried, Integer> lost = new EnumMap<>(NotCarried.class);
        put(lost, NotCarried.TRACKED_CHANGES, count(body, ".//w:ins") + count(body, ".//w:del")
                + count(body, ".//w:moveFrom") + count(body, ".//w:moveTo"));
        put(lost, NotCarried.COMMENTS, Math.max(count(body, ".//w:commentReference"), doc.getComments() == null ? 0 : doc.getComments().length));
        // A modern text box is written twice (the shape and its VML fallback): count the shapes, else the VML.
        int boxes = count(body, ".//wps:txbx");
        put(lost, NotCarried.TEXT_BOXES, boxes > 0 ? boxes : count(body, ".//v:textbox"));
        put(lost, NotCarried.EQUATIONS, count(body, ".//m:oMath"));
        put(lost, NotCarried.EMBEDDED_OBJECTS, Math.max(count(body, ".//w:object"), embeddedParts(doc)));
        int pictures = count(body, ".//pic:pic");
        put(lost, NotCarried.IMAGES, pictures > 0 ? pictures : count(body, ".//v:imagedata"));
        return lost;
    }

    /**
     * Once the text is read: the pictures kept are no loss, those over the cap are reported as such, and the rest
     * (another format, or where a plan's text cannot hold one, such as a text box) stay reported as left out.
     */
    static void pictures(Map<NotCarried, Integer> lost, DocxImages images) {
        int left = lost.getOrDefault(NotCarried.IMAGES, 0) - images.kept().size() - images.tooLarge();
        lost.remove(NotCarried.IMAGES);
        put(lost, NotCarried.IMAGES, Math.max(left, images.unsupported()));
        put(lost, NotCarried.IMAGES_TOO_LARGE, images.tooLarge());
    }

    private static int embeddedParts(XWPFDocument doc) {
        try {
            return doc.getAllEmbeddedParts().size();
        } catch (OpenXML4JException e) {
            return 0;
        }
    }

    private static void put(Map<NotCarried, Integer> lost, NotCarried kind, int count) {
        if (count > 0) {
            lost.put(kind, count);
        }
    }

    private static int count(XmlObject root, String path) {
        try (XmlCursor cursor = root.newCursor()) {
            cursor.selectPath(NAMESPACES + path);
            return cursor.getSelectionCount();
        }
    }
}
