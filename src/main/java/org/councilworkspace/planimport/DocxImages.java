package org.councilworkspace.planimport;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.councilworkspace.plan.ImageType;
import org.councilworkspace.plan.PlanImage;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/**
 * The pictures of a Word document's runs: each PNG, JPEG or GIF within the cap is kept, and its place in the text
 * becomes {@code ![description](attachment:KEY)} with the description Word keeps as the picture's alt text. What
 * is too large or in another format (SVG, EMF, TIFF) is counted for the report instead.
 */
final class DocxImages {

    private static final String BLIPS = "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' "
            + "declare namespace r='http://schemas.openxmlformats.org/officeDocument/2006/relationships' .//a:blip";
    private static final QName EMBED = new QName(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "embed");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long maxBytes;
    // Unguessable, so text in the document that spells out "attachment:..." can never be taken for a picture.
    private final String prefix = "new-" + HexFormat.of().toHexDigits(RANDOM.nextLong()) + "-";
    private final List<ImportedImage> kept = new ArrayList<>();
    private int tooLarge;
    private int unsupported;

    DocxImages(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    List<ImportedImage> kept() {
        return kept;
    }

    int tooLarge() {
        return tooLarge;
    }

    int unsupported() {
        return unsupported;
    }

    /** The Markdown of the run's pictures, in order; empty when it has none (or none that can be kept). */
    String markdown(XWPFRun run) {
        StringBuilder out = new StringBuilder();
        for (CTDrawing drawing : run.getCTR().getDrawingList()) {
            for (CTInline inline : drawing.getInlineList()) {
                picture(run, inline, inline.getDocPr(), out);
            }
            for (CTAnchor anchor : drawing.getAnchorList()) {
                picture(run, anchor, anchor.getDocPr(), out);
            }
        }
        return out.toString();
    }

    private void picture(XWPFRun run, XmlObject drawing, CTNonVisualDrawingProps docPr, StringBuilder out) {
        try (XmlCursor cursor = drawing.newCursor()) {
            cursor.selectPath(BLIPS);
            if (!cursor.toNextSelection()) {
                return;
            }
            String relation = cursor.getAttributeText(EMBED);
            XWPFPictureData data = relation == null ? null : pictureData(run, relation);
            if (data == null) {
                unsupported++;
                return;
            }
            byte[] content = data.getData();
            if (content == null || ImageType.of(content).isEmpty()) {
                unsupported++;
            } else if (content.length > maxBytes) {
                tooLarge++;
            } else {
                String alt = altText(docPr);
                String key = prefix + (kept.size() + 1);
                kept.add(new ImportedImage(key, data.getFileName(), content, alt));
                out.append(PlanImage.markdown(MarkdownEscape.inline(alt == null ? "" : alt.replace('\n', ' ')), key));
            }
        }
    }

    private static XWPFPictureData pictureData(XWPFRun run, String relation) {
        POIXMLDocumentPart part = run.getParent().getPart().getRelationById(relation);
        if (part == null) {
            part = run.getDocument().getRelationById(relation);
        }
        return part instanceof XWPFPictureData picture ? picture : null;
    }

    /** Word's alt text is the description; older files have only a title. */
    private static String altText(CTNonVisualDrawingProps docPr) {
        if (docPr == null) {
            return null;
        }
        String text = docPr.getDescr() != null && !docPr.getDescr().isBlank() ? docPr.getDescr() : docPr.getTitle();
        return text == null || text.isBlank() ? null : OutlineCollector.clean(text);
    }
}
