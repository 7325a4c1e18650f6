package org.councilworkspace.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** The viewer's bookmarks: every heading in the contents, nested by level. */
final class Outline {

    private Outline() {
    }

    static void add(PDDocument pdf, CouncilDocument document, PdfLayout layout, List<PDPage> pages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        Deque<PDOutlineNode> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        parents.push(outline);
        levels.push(0);
        boolean any = false;
        for (Block b : document.blocks()) {
            if (b instanceof Block.Heading h && h.anchor() != null && layout.anchors.containsKey(h.anchor())) {
                while (levels.peek() >= h.level()) {
                    parents.pop();
                    levels.pop();
                }
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(h.numberedText());
                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(pages.get(layout.anchors.get(h.anchor())));
                destination.setTop(Math.round(layout.anchorTops.get(h.anchor())));
                item.setDestination(destination);
                parents.peek().addLast(item);
                parents.push(item);
                levels.push(h.level());
                any = true;
            }
        }
        if (any) {
            pdf.getDocumentCatalog().setDocumentOutline(outline);
        }
    }
}
