package org.councilworkspace.document;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
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
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A section's Markdown (CommonMark with GFM tables and footnotes) as document blocks. Raw HTML is kept as the text it
 * is, never interpreted; links keep their words; images keep their description. Footnotes ({@code [^1]} and
 * {@code [^1]: text}) become references numbered from 1 in the order they are first cited, and a {@link Block.Notes}
 * at the end; a definition nothing cites stays as a paragraph, so no text is lost.
 */
public final class MarkdownBlocks {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create(),
            FootnotesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** Source positions cost time: only a comparison, which marks changed words, asks for them. */
    private static final Parser SPANNED = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final SourceMarks marks;
    private final Function<String, Block.Image> images;
    private final List<Block.Image> pictures = new ArrayList<>();
    private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Note> cited = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private boolean inNote;

    private MarkdownBlocks(SourceMarks marks, Function<String, Block.Image> images) {
        this.marks = marks;
        this.images = images;
    }

    /**
     * The blocks of one Markdown text. Headings inside it are moved down by {@code headingOffset} levels (a
     * section's own "# Background" under a level-2 section heading becomes level 3), at most level 6.
     */
    public static List<Block> parse(String markdown, int headingOffset) {
        return parse(markdown, headingOffset, (BitSet) null);
    }

    /**
     * The same, with the words whose source characters are set in {@code marked} (indexes into {@code markdown})
     * marked as changed: bold and underlined, wherever they stand (a heading, a list item, a table cell).
     */
    public static List<Block> parse(String markdown, int headingOffset, BitSet marked) {
        return parse(markdown, headingOffset, marked, null);
    }

    /**
     * The same, with pictures: an image whose address {@code images} knows (a plan's kept picture) becomes a
     * {@link Block.Image} after the block it stands in; any other image keeps only its description, as before.
     */
    public static List<Block> parse(String markdown, int headingOffset, Function<String, Block.Image> images) {
        return parse(markdown, headingOffset, null, images);
    }

    private static List<Block> parse(String markdown, int headingOffset, BitSet marked,
                                     Function<String, Block.Image> images) {
        List<Block> out = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return out;
        }
        MarkdownBlocks reader = new MarkdownBlocks(marked == null ? null : new SourceMarks(markdown, marked), images);
        Node document = (marked == null ? PARSER : SPANNED).parse(markdown);
        reader.collectDefinitions(document);
        reader.blocks(document, headingOffset, out);
        for (FootnoteDefinition unused : reader.definitions.values()) {
            if (!reader.cited.containsKey(unused.getLabel())) {
                reader.blocks(unused, headingOffset, out);
            }
        }
        if (!reader.notes.isEmpty()) {
            out.add(new Block.Notes(reader.notes));
        }
        return out;
    }

    private void collectDefinitions(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d) {
                definitions.putIfAbsent(d.getLabel(), d);
            } else if (n instanceof BlockQuote || n instanceof BulletList || n instanceof OrderedList
                    || n instanceof ListItem) {
                collectDefinitions(n);
            }
        }
    }

    private void blocks(Node parent, int offset, List<Block> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, offset, out);
            out.addAll(pictures);
            pictures.clear();
        }
    }

    private void block(Node n, int offset, List<Block> out) {
        if (n instanceof Heading h) {
            List<Run> runs = runs(h);
            // In a comparison's narrow column a heading is a bold line, its changed words marked like any others.
            out.add(marks != null ? new Block.Paragraph(runs.stream().map(Run::withBold).toList())
                    : new Block.Heading(Math.min(6, h.getLevel() + offset), "", text(runs), null));
        } else if (n instanceof Paragraph) {
            List<Run> runs = runs(n);
            // A paragraph that held only a picture is the picture.
            if (!runs.isEmpty() || pictures.isEmpty()) {
                out.add(new Block.Paragraph(runs));
            }
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
        } else if (!(n instanceof ThematicBreak) && !(n instanceof FootnoteDefinition)) {
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

    private List<Block.ListItem> items(Node list, int offset) {
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

    private Block.Table table(Node table) {
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

    private List<Run> runs(Node parent) {
        List<Run> runs = new ArrayList<>();
        inline(parent, false, false, runs);
        return Run.merged(runs);
    }

    private void inline(Node parent, boolean bold, boolean italic, List<Run> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text(n, t.getLiteral(), bold, italic, out);
            } else if (n instanceof Code c) {
                text(n, c.getLiteral(), bold, italic, out);
            } else if (n instanceof HtmlInline h) {
                text(n, h.getLiteral(), bold, italic, out);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text(n, " ", bold, italic, out);
            } else if (n instanceof FootnoteReference ref) {
                reference(n, ref, bold, italic, out);
            } else if (n instanceof org.commonmark.node.Image image && picture(image) != null) {
                pictures.add(picture(image));
            } else if (n instanceof StrongEmphasis) {
                inline(n, true, italic, out);
            } else if (n instanceof Emphasis) {
                inline(n, bold, true, out);
            } else {
                inline(n, bold, italic, out);
            }
        }
    }

    private Block.Image picture(org.commonmark.node.Image image) {
        return images == null || inNote ? null : images.apply(image.getDestination());
    }

    /** A footnote reference: the note's number, the note made from its definition when first cited. */
    private void reference(Node n, FootnoteReference ref, boolean bold, boolean italic, List<Run> out) {
        FootnoteDefinition definition = definitions.get(ref.getLabel());
        if (definition == null || inNote) {
            // A note citing a note: its mark stays as written.
            text(n, "[^" + ref.getLabel() + "]", bold, italic, out);
            return;
        }
        Note note = cited.get(ref.getLabel());
        if (note == null) {
            inNote = true;
            List<Run> text = new ArrayList<>();
            for (Node p = definition.getFirstChild(); p != null; p = p.getNext()) {
                if (!text.isEmpty()) {
                    text.add(Run.plain(" "));
                }
                inline(p, false, false, text);
            }
            inNote = false;
            note = new Note(notes.size() + 1, Run.merged(text));
            cited.put(ref.getLabel(), note);
            notes.add(note);
        }
        boolean changed = marks != null && anyMarked(marks.of(n, "[^" + ref.getLabel() + "]"));
        out.add(new Run(Integer.toString(note.number()), bold || changed, italic, changed, note));
    }

    /** Text as runs: split where the marks of the source change, marked parts bold and underlined. */
    private void text(Node n, String literal, boolean bold, boolean italic, List<Run> out) {
        if (marks == null || literal.isEmpty()) {
            out.add(new Run(literal, bold, italic));
            return;
        }
        boolean[] marked = marks.of(n, literal);
        int from = 0;
        for (int i = 1; i <= literal.length(); i++) {
            if (i == literal.length() || marked[i] != marked[from]) {
                String part = literal.substring(from, i);
                out.add(marked[from] ? new Run(part, true, italic, true, null) : new Run(part, bold, italic));
                from = i;
            }
        }
    }

    private static boolean anyMarked(boolean[] marked) {
        for (boolean b : marked) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    static String text(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.text()));
        return out.toString();
    }
}
