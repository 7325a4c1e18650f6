package org.councilworkspace.wordexport;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.councilworkspace.wordexport.TrackedChanges.Piece;

/**
 * A section's compared text as Word paragraphs with formatting. The pieces (equal, inserted, deleted) are put back
 * together as one Markdown text, parsed with source positions, and every character the reader sees takes the kind
 * of the source character it came from: so a changed word inside bold, a list item or a heading is tracked there,
 * with its formatting, and Markdown marks ("**", "- ", "#") never show. Bold, italic, headings, bulleted and
 * numbered lists are kept; tables and footnote marks stay as the text they are written as (a change may fall
 * inside them), a line break stays a line break. A change of formatting only (a word made bold) is not tracked.
 */
final class TrackedMarkdown {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Text in one style and of one kind; "\n" inside is a line break. */
    record TrackedRun(Piece.Kind kind, String text, boolean bold, boolean italic) {
    }

    /** A paragraph: its style (null: body text), its list (null: none) and level, and its runs. */
    record TrackedParagraph(String style, BigInteger list, int level, int indent, List<TrackedRun> runs) {
    }

    /** Gives a new Word list (numbering) for each list of the text, so numbered lists restart. */
    interface Lists {
        BigInteger list(boolean numbered, int start);
    }

    private final String source;
    private final Piece.Kind[] kinds;
    private final int headingOffset;
    private final Lists lists;
    private final List<TrackedParagraph> out = new ArrayList<>();

    private TrackedMarkdown(List<Piece> pieces, int headingOffset, Lists lists) {
        StringBuilder text = new StringBuilder();
        List<Piece.Kind> each = new ArrayList<>();
        for (Piece p : pieces) {
            text.append(p.text());
            for (int i = 0; i < p.text().length(); i++) {
                each.add(p.kind());
            }
        }
        this.source = text.toString();
        this.kinds = each.toArray(new Piece.Kind[0]);
        this.headingOffset = headingOffset;
        this.lists = lists;
    }

    static List<TrackedParagraph> paragraphs(List<Piece> pieces, int headingOffset, Lists lists) {
        TrackedMarkdown reader = new TrackedMarkdown(pieces, headingOffset, lists);
        reader.blocks(PARSER.parse(reader.source), 0);
        reader.out.removeIf(p -> p.runs().isEmpty());
        return reader.out;
    }

    private void blocks(Node parent, int indent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, indent);
        }
    }

    private void block(Node n, int indent) {
        if (n instanceof Heading h) {
            out.add(new TrackedParagraph("Heading" + Math.min(6, h.getLevel() + headingOffset), null, 0, 0, runs(n)));
        } else if (n instanceof Paragraph) {
            out.add(new TrackedParagraph(null, null, 0, indent, runs(n)));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            list(n, indent);
        } else if (n instanceof FencedCodeBlock code) {
            literal(n, code.getLiteral(), indent);
        } else if (n instanceof IndentedCodeBlock code) {
            literal(n, code.getLiteral(), indent);
        } else if (n instanceof HtmlBlock html) {
            literal(n, html.getLiteral(), indent);
        } else if (!(n instanceof ThematicBreak)) {
            blocks(n, indent);
        }
    }

    private void list(Node listNode, int level) {
        boolean numbered = listNode instanceof OrderedList;
        Integer start = numbered ? ((OrderedList) listNode).getMarkerStartNumber() : null;
        BigInteger id = lists.list(numbered, start == null ? 1 : start);
        for (Node item = listNode.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BulletList || child instanceof OrderedList) {
                    list(child, Math.min(level + 1, 8));
                } else if (child instanceof Paragraph && first) {
                    out.add(new TrackedParagraph(null, id, level, 0, runs(child)));
                } else {
                    // A second paragraph of an item is indented under it, without a marker of its own.
                    block(child, level + 1);
                }
                first = false;
            }
        }
    }

    private void literal(Node n, String literal, int indent) {
        List<TrackedRun> runs = new ArrayList<>();
        text(n, literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal, false, false, runs);
        out.add(new TrackedParagraph(null, null, 0, indent, runs));
    }

    private List<TrackedRun> runs(Node parent) {
        List<TrackedRun> runs = new ArrayList<>();
        inline(parent, false, false, runs);
        return runs;
    }

    private void inline(Node parent, boolean bold, boolean italic, List<TrackedRun> runs) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text(n, t.getLiteral(), bold, italic, runs);
            } else if (n instanceof Code c) {
                text(n, c.getLiteral(), bold, italic, runs);
            } else if (n instanceof HtmlInline h) {
                text(n, h.getLiteral(), bold, italic, runs);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text(n, "\n", bold, italic, runs);
            } else if (n instanceof StrongEmphasis) {
                inline(n, true, italic, runs);
            } else if (n instanceof Emphasis) {
                inline(n, bold, true, runs);
            } else {
                inline(n, bold, italic, runs);
            }
        }
    }

    /** The literal's characters, each of the kind of its source character, joined into runs of one kind. */
    private void text(Node n, String literal, boolean bold, boolean italic, List<TrackedRun> runs) {
        Piece.Kind[] of = kindsOf(n, literal, runs.isEmpty() ? Piece.Kind.EQUAL : runs.get(runs.size() - 1).kind());
        int from = 0;
        for (int i = 1; i <= literal.length(); i++) {
            if (i == literal.length() || of[i] != of[from]) {
                String part = literal.substring(from, i);
                TrackedRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.kind() == of[from] && last.bold() == bold && last.italic() == italic) {
                    runs.set(runs.size() - 1, new TrackedRun(of[from], last.text() + part, bold, italic));
                } else {
                    runs.add(new TrackedRun(of[from], part, bold, italic));
                }
                from = i;
            }
        }
    }

    /**
     * A literal is its source less escapes, with entities decoded: each of its characters is matched to the next
     * equal character of the node's source; one that has none (a decoded entity) takes the kind of where it stands,
     * and a node without source (a line break) the kind of the text before it.
     */
    private Piece.Kind[] kindsOf(Node node, String literal, Piece.Kind before) {
        Piece.Kind[] result = new Piece.Kind[literal.length()];
        List<Integer> index = new ArrayList<>();
        for (SourceSpan span : node.getSourceSpans()) {
            for (int i = 0; i < span.getLength(); i++) {
                index.add(span.getInputIndex() + i);
            }
        }
        int pos = 0;
        for (int i = 0; i < literal.length(); i++) {
            int found = -1;
            for (int k = pos; k < index.size(); k++) {
                int at = index.get(k);
                if (at < source.length() && source.charAt(at) == literal.charAt(i)) {
                    found = k;
                    break;
                }
            }
            int k = found >= 0 ? found : Math.min(pos, index.size() - 1);
            result[i] = k < 0 || index.get(k) >= kinds.length ? before : kinds[index.get(k)];
            if (found >= 0) {
                pos = found + 1;
            }
        }
        return result;
    }
}
