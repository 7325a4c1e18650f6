package org.councilworkspace.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a document out on A4 pages: title page, contents, headings kept with what follows, paragraphs, lists
 * and tables (through {@link TableLayout}). Page numbers of headings are collected for the contents, which are
 * drawn once every page is known.
 */
final class PdfLayout {

    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    static final float LEFT = 72;
    static final float RIGHT = 56;
    static final float TOP = PAGE_HEIGHT - 72;
    static final float BOTTOM = 64;
    static final float BODY = 10.5f;
    static final float NOTE = 8.5f;
    /** Thai stacks vowels and tone marks above and below the line: generous leading keeps them apart. */
    static final float LEADING = 1.6f;

    final TextFlow flow;
    final List<Page> pages = new ArrayList<>();
    final Map<String, Integer> anchors = new HashMap<>();
    final Map<String, Float> anchorTops = new HashMap<>();
    Page page;
    float y;

    PdfLayout(TextFlow flow) {
        this.flow = flow;
    }

    static float width() {
        return PAGE_WIDTH - LEFT - RIGHT;
    }

    List<Page> layout(CouncilDocument document) {
        if (document.titlePage() != null) {
            new TitleLayout(this).layout(document.titlePage());
        }
        newPage();
        List<Block.Heading> headings = document.blocks().stream().filter(b -> b instanceof Block.Heading h
                && h.anchor() != null).map(b -> (Block.Heading) b).toList();
        for (Block b : document.blocks()) {
            block(b, 0, headings);
        }
        return pages;
    }

    void newPage() {
        page = new Page(false);
        pages.add(page);
        y = TOP;
    }

    boolean atTop() {
        return y >= TOP;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (y - height < BOTTOM && !atTop()) {
            newPage();
        }
    }

    private void block(Block b, float indent, List<Block.Heading> headings) {
        if (b instanceof Block.Heading h) {
            heading(h);
        } else if (b instanceof Block.Paragraph p) {
            lines(p.runs(), BODY, indent, null, true);
            y -= BODY * 0.5f;
        } else if (b instanceof Block.ListBlock l) {
            list(l, indent, headings);
        } else if (b instanceof Block.Table t) {
            new TableLayout(this).layout(t, indent);
        } else if (b instanceof Block.TableOfContents toc) {
            contents(toc, headings);
        } else if (b instanceof Block.PageBreak && !atTop()) {
            newPage();
        } else if (b instanceof Block.Notes n) {
            notes(n, indent);
        } else if (b instanceof Block.SideBySide s) {
            new ColumnsLayout(this).layout(s);
        } else if (b instanceof Block.Image image) {
            picture(image, indent);
        }
    }

    /** A picture on its own lines, at most the text's width and most of a page's height, kept whole on one page. */
    private void picture(Block.Image image, float indent) {
        float[] size = image.sizeWithin(width() - indent, (TOP - BOTTOM) * 0.8f);
        ensure(size[1]);
        y -= size[1];
        page.ops.add(new Page.Picture(image, LEFT + indent, y, size[0], size[1]));
        y -= BODY * 0.8f;
    }

    /** A section's footnotes at its end: a short rule, then each note, small, after its number. */
    private void notes(Block.Notes notes, float indent) {
        ensure(NOTE * LEADING * 3);
        page.ops.add(new Page.Rule(LEFT + indent, y - 2, LEFT + indent + 110, y - 2, 0.5f));
        y -= NOTE * 0.6f;
        for (Note n : notes.notes()) {
            Word mark = flow.words(List.of(Run.plain(n.number() + ".")), NOTE, width()).get(0);
            lines(n.text(), NOTE, indent + 16, new Page.Text(LEFT + indent, 0, mark), true);
        }
        y -= BODY * 0.5f;
    }

    static float headingSize(int level) {
        return switch (level) {
            case 1 -> 17f;
            case 2 -> 14f;
            case 3 -> 12.5f;
            default -> 11.5f;
        };
    }

    private void heading(Block.Heading h) {
        float size = headingSize(h.level());
        if (!atTop()) {
            y -= size * 0.7f;
        }
        // A heading never ends a page: it needs room for itself and two lines of what follows.
        ensure(size * LEADING * 2 + BODY * LEADING * 2);
        if (h.anchor() != null) {
            anchors.put(h.anchor(), pages.size() - 1);
            anchorTops.put(h.anchor(), y);
        }
        lines(List.of(Run.bold(h.numberedText())), size, 0, null, true);
        y -= size * 0.3f;
    }

    private void list(Block.ListBlock list, float indent, List<Block.Heading> headings) {
        int n = list.start();
        float gap = list.numbered() ? 22 : 16;
        for (Block.ListItem item : list.items()) {
            String marker = list.numbered() ? (n++) + "." : "•";
            boolean first = true;
            for (Block b : item.blocks()) {
                if (first && b instanceof Block.Paragraph p) {
                    Word mark = flow.words(List.of(Run.plain(marker)), BODY, width()).get(0);
                    lines(p.runs(), BODY, indent + gap, new Page.Text(LEFT + indent, 0, mark), true);
                    y -= BODY * 0.25f;
                } else {
                    block(b, indent + gap, headings);
                }
                first = false;
            }
        }
        y -= BODY * 0.25f;
    }

    private void contents(Block.TableOfContents toc, List<Block.Heading> headings) {
        lines(List.of(Run.bold(toc.title())), headingSize(1), 0, null, false);
        y -= BODY;
        float numberWidth = 36;
        for (Block.Heading h : headings) {
            float indent = (h.level() - 1) * 14f;
            List<Run> runs = List.of(h.level() == 1 ? Run.bold(h.numberedText()) : Run.plain(h.numberedText()));
            List<TextFlow.Line> entry = flow.lines(runs, BODY, width() - indent - numberWidth);
            ensure(entry.size() * BODY * LEADING);
            float top = y;
            float baseline = placeLines(entry, BODY, LEFT + indent, false);
            page.ops.add(new Page.PageNumberOf(h.anchor(), PAGE_WIDTH - RIGHT, baseline, BODY));
            page.ops.add(new Page.LinkTo(h.anchor(), LEFT + indent, y, width() - indent, top - y));
            y -= BODY * 0.2f;
        }
        newPage();
    }

    /**
     * Lays out runs as lines at an indent; {@code marker} (a list's bullet or number) goes on the first line.
     * Returns the baseline of the last line.
     */
    float lines(List<Run> runs, float size, float indent, Page.Text marker, boolean numbered) {
        List<TextFlow.Line> lines = flow.lines(runs, size, width() - indent);
        float baseline = y;
        for (int i = 0; i < lines.size(); i++) {
            ensure(size * LEADING);
            baseline = y - size * 1.15f;
            if (i == 0 && marker != null) {
                page.ops.add(new Page.Text(marker.x(), baseline, marker.word()));
            }
            line(lines.get(i), LEFT + indent, baseline, numbered);
            y -= size * LEADING;
        }
        return baseline;
    }

    /** Lines that must stay together on the current page (a contents entry). Returns the last baseline. */
    float placeLines(List<TextFlow.Line> lines, float size, float x, boolean numbered) {
        float baseline = y;
        for (TextFlow.Line l : lines) {
            baseline = y - size * 1.15f;
            line(l, x, baseline, numbered);
            y -= size * LEADING;
        }
        return baseline;
    }

    void line(TextFlow.Line line, float x, float baseline, boolean numbered) {
        if (numbered) {
            page.ops.add(new Page.TextLine(baseline));
        }
        for (int w = 0; w < line.words().size(); w++) {
            page.ops.add(new Page.Text(x + line.offsets()[w], baseline, line.words().get(w)));
        }
    }
}
