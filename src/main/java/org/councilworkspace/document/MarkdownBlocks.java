package org.councilworkspace.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A section's Markdown (CommonMark with GFM tables) as document blocks. Raw HTML is kept as the text it is,
 * never interpreted; links keep their words; images keep their description.
 */
public final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownBlocks() {
    }

    /**
     * The blocks of one Markdown text. Headings inside it are moved down by {@code headingOffset} levels (a
     * section's own "# Background" under a level-2 section heading becomes level 3), at most level 6.
     */
    public static List<Block> parse(String markdown, int headingOffset) {
        List<Block> out = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return out;
        }
        blocks(PARSER.parse(markdown), headingOffset, out);
        return out;
    }

    private static void blocks(Node parent, int offset, List<Block> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, offset, out);
        }
    }

    private static void block(Node n, int offset, List<Block> out) {
        if (n instanceof Heading h) {
            out.add(new Block.Heading(Math.min(6, h.getLevel() + offset), "", text(runs(h)), null));
        } else if (n instanceof Paragraph) {
            out.add(new Block.Paragraph(runs(n)));
        } else if (n instanceof BulletList) {
            out.add(new Block.ListBlock(false, 1, items(n, offset)));
        } else if (n instanceof OrderedList ol) {
            Integer start = ol.getMarkerStartNumber();
            out.add(new Block.ListBlock(true, start == null ? 1 : start, items(n, offset)));
        } else if (n instanceof TableBlock) {
            out.add(table(n));
        } else if (n instanceof BlockQuote) {
            blocks(n, offset, out);
        } else if (n instanceof FencedCodeBlock code) {
            literal(code.getLiteral(), out);
        } else if (n instanceof IndentedCodeBlock code) {
            literal(code.getLiteral(), out);
        } else if (n instanceof HtmlBlock html) {
            literal(html.getLiteral(), out);
        } else if (!(n instanceof ThematicBreak)) {
            blocks(n, offset, out);
        }
    }

    private static void literal(String text, List<Block> out) {
        for (String line : text.strip().split("\n")) {
            if (!line.isBlank()) {
                out.add(Block.Paragraph.of(line));
            }
        }
    }

    private static List<Block.ListItem> items(Node list, int offset) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                List<Block> content = new ArrayList<>();
                blocks(item, offset, content);
                items.add(new Block.ListItem(content));
            }
        }
        return items;
    }

    private static Block.Table table(Node table) {
        List<Block.TableRow> rows = new ArrayList<>();
        int header = 0;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<Block.TableCell> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(new Block.TableCell(runs(cell)));
                        }
                    }
                    rows.add(new Block.TableRow(cells));
                    if (part instanceof TableHead) {
                        header++;
                    }
                }
            }
        }
        return new Block.Table(header, rows);
    }

    private static List<Run> runs(Node parent) {
        List<Run> runs = new ArrayList<>();
        inline(parent, false, false, runs);
        return merged(runs);
    }

    private static void inline(Node parent, boolean bold, boolean italic, List<Run> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(new Run(t.getLiteral(), bold, italic));
            } else if (n instanceof Code c) {
                out.add(new Run(c.getLiteral(), bold, italic));
            } else if (n instanceof HtmlInline h) {
                out.add(new Run(h.getLiteral(), bold, italic));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.add(new Run(" ", bold, italic));
            } else if (n instanceof StrongEmphasis) {
                inline(n, true, italic, out);
            } else if (n instanceof Emphasis) {
                inline(n, bold, true, out);
            } else {
                inline(n, bold, italic, out);
            }
        }
    }

    /** Neighbouring runs in the same style become one, so words are never split by the parser's text nodes. */
    private static List<Run> merged(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty()) {
                Run last = out.get(out.size() - 1);
                if (last.bold() == r.bold() && last.italic() == r.italic()) {
                    out.set(out.size() - 1, new Run(last.text() + r.text(), r.bold(), r.italic()));
                    continue;
                }
            }
            if (!r.text().isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    static String text(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.text()));
        return out.toString();
    }
}
