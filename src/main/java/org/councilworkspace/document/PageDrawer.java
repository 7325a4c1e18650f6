package org.councilworkspace.document;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws laid-out pages: the words, rules and shading, then what every page but the title page carries (the
 * running header, the page number) and the optional line numbers. Header, footer and line numbers are marked
 * as artifacts, so they are not read as part of the text.
 */
final class PageDrawer {

    private static final float SMALL = 8;

    private final GlyphWriter glyphs;
    private final PdfLayout layout;
    private final List<PDPage> pdfPages;
    private final CouncilDocument document;
    private final PdfRenderer.Options options;
    private final Map<Block.Image, PDImageXObject> xobjects = new IdentityHashMap<>();

    PageDrawer(GlyphWriter glyphs, PdfLayout layout, List<PDPage> pdfPages, CouncilDocument document,
               PdfRenderer.Options options) {
        this.glyphs = glyphs;
        this.layout = layout;
        this.pdfPages = pdfPages;
        this.document = document;
        this.options = options;
    }

    void draw(PDDocument pdf, Page page, int index) throws IOException {
        PDPage target = pdfPages.get(index);
        try (PDPageContentStream out = new PDPageContentStream(pdf, target)) {
            glyphs.begin(out, target);
            int lineNo = 0;
            for (Page.Op op : page.ops) {
                if (op instanceof Page.Text t) {
                    glyphs.word(t.word(), t.x(), t.baseline());
                } else if (op instanceof Page.TextLine l && options.lineNumbers()) {
                    lineNo++;
                    artifact(Integer.toString(lineNo), PdfLayout.LEFT - 14, l.baseline(), true);
                } else if (op instanceof Page.Rule r) {
                    glyphs.flush();
                    out.setLineWidth(r.width());
                    out.setStrokingColor(0.55f);
                    out.moveTo(r.x1(), r.y1());
                    out.lineTo(r.x2(), r.y2());
                    out.stroke();
                } else if (op instanceof Page.Shade s) {
                    glyphs.flush();
                    out.setNonStrokingColor(0.92f);
                    out.addRect(s.x(), s.y(), s.w(), s.h());
                    out.fill();
                    out.setNonStrokingColor(0f);
                } else if (op instanceof Page.PageNumberOf n) {
                    Integer at = layout.anchors.get(n.anchor());
                    String number = at == null ? "" : Integer.toString(at + 1);
                    Word w = word(number, n.size());
                    glyphs.word(w, n.right() - w.width(), n.baseline());
                } else if (op instanceof Page.LinkTo link) {
                    link(target, link);
                } else if (op instanceof Page.Picture picture) {
                    glyphs.flush();
                    picture(pdf, out, picture);
                }
            }
            if (!page.titlePage) {
                chrome(out, index);
            }
            glyphs.flush();
        }
    }

    /**
     * The picture as an image XObject, made once per picture however often it is drawn, inside a Figure span
     * carrying its description as the alternative text.
     */
    private void picture(PDDocument pdf, PDPageContentStream out, Page.Picture p) throws IOException {
        PDImageXObject image = xobjects.get(p.image());
        if (image == null) {
            image = PDImageXObject.createFromByteArray(pdf, p.image().content(), "picture");
            xobjects.put(p.image(), image);
        }
        COSDictionary properties = new COSDictionary();
        properties.setString(COSName.getPDFName("Alt"), p.image().alt());
        out.beginMarkedContent(COSName.getPDFName("Figure"), PDPropertyList.create(properties));
        out.drawImage(image, p.x(), p.y(), p.w(), p.h());
        out.endMarkedContent();
    }

    private void chrome(PDPageContentStream out, int index) throws IOException {
        float top = PdfLayout.PAGE_HEIGHT - 40;
        glyphs.raw("0.3 g\n");
        artifact(document.runningHeader(), PdfLayout.LEFT, top, false);
        Word number = word(Integer.toString(index + 1), 9);
        artifact(number, (PdfLayout.PAGE_WIDTH - number.width()) / 2, 36);
        glyphs.raw("0 g\n");
        glyphs.flush();
        out.appendRawCommands("/Artifact BMC\n");
        out.setLineWidth(0.4f);
        out.setStrokingColor(0.7f);
        out.moveTo(PdfLayout.LEFT, top - 6);
        out.lineTo(PdfLayout.PAGE_WIDTH - PdfLayout.RIGHT, top - 6);
        out.stroke();
        out.appendRawCommands("EMC\n");
    }

    private void artifact(String text, float x, float baseline, boolean alignRight) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        List<TextFlow.Line> lines = layout.flow.lines(List.of(Run.plain(text)), SMALL, PdfLayout.width());
        TextFlow.Line line = lines.get(0);
        float start = alignRight ? x - line.width() : x;
        glyphs.raw("/Artifact BMC\n");
        for (int w = 0; w < line.words().size(); w++) {
            glyphs.word(line.words().get(w), start + line.offsets()[w], baseline);
        }
        glyphs.raw("EMC\n");
    }

    private void artifact(Word word, float x, float baseline) throws IOException {
        glyphs.raw("/Artifact BMC\n");
        glyphs.word(word, x, baseline);
        glyphs.raw("EMC\n");
    }

    private Word word(String text, float size) {
        return layout.flow.words(List.of(Run.plain(text)), size, PdfLayout.width()).get(0);
    }

    private void link(PDPage page, Page.LinkTo link) throws IOException {
        Integer at = layout.anchors.get(link.anchor());
        if (at == null) {
            return;
        }
        PDAnnotationLink annotation = new PDAnnotationLink();
        annotation.setRectangle(new PDRectangle(link.x(), link.y(), link.w(), link.h()));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        annotation.setBorderStyle(border);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pdfPages.get(at));
        destination.setTop(Math.round(layout.anchorTops.get(link.anchor())));
        annotation.setDestination(destination);
        page.getAnnotations().add(annotation);
    }
}
