package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * How each character of a Markdown text is shown: as a word of a heading, a list item, in bold, inside a link... or
 * not at all (the marks themselves: "**", "## ", "- ", a link's address). Characters are styled where they stand
 * in the source, so the same unchanged words can be looked up in two versions of a text and their looks compared.
 */
final class TextStyles {

    /** A character that is not shown as text: a formatting mark, a line break between blocks. */
    static final int MARK = -1;

    /** The look of shown text; {@code link} is the address it points at, or null. */
    record Style(int heading, int listDepth, boolean ordered, int quote, boolean strong, boolean emphasis,
                 boolean code, String link) {
    }

    private final String text;
    private final int[] ids;
    private final List<Style> styles = new ArrayList<>();

    private TextStyles(String text) {
        this.text = text;
        ids = new int[text.length()];
        Arrays.fill(ids, MARK);
    }

    /** Styles of the text as parsed (with source places) by the given parser. */
    static TextStyles of(String text, Node document) {
        TextStyles styles = new TextStyles(text);
        Map<Style, Integer> known = new HashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                styles.fill(node, known, false);
            }

            @Override
            public void visit(Code node) {
                styles.fill(node, known, true);
                styles.backticksAreMarks(node);
            }

            @Override
            public void visit(HtmlInline node) {
                // Shown as text (see MarkdownGuard), so it is words, not marks.
                styles.fill(node, known, false);
            }

            @Override
            public void visit(HtmlBlock node) {
                styles.fill(node, known, false);
            }

            @Override
            public void visit(FencedCodeBlock node) {
                styles.fill(node, known, true);
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                styles.fill(node, known, true);
            }
        });
        return styles;
    }

    /** The style of character i, or null for a mark. */
    Style at(int i) {
        int id = ids[i];
        return id == MARK ? null : styles.get(id);
    }

    boolean shown(int i) {
        return ids[i] != MARK;
    }

    /** Whether any of characters [from, to) is shown as text. */
    boolean anyShown(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ids[i] != MARK) {
                return true;
            }
        }
        return false;
    }

    private void fill(Node node, Map<Style, Integer> known, boolean code) {
        Style style = styleOf(node, code);
        int id = known.computeIfAbsent(style, s -> {
            styles.add(s);
            return styles.size() - 1;
        });
        for (SourceSpan span : node.getSourceSpans()) {
            int from = Math.max(0, span.getInputIndex());
            int to = Math.min(ids.length, span.getInputIndex() + span.getLength());
            Arrays.fill(ids, from, Math.max(from, to), id);
        }
    }

    /** The backticks around inline code are marks, as "**" is: only the code between them is shown. */
    private void backticksAreMarks(Code node) {
        for (SourceSpan span : node.getSourceSpans()) {
            int from = Math.max(0, span.getInputIndex());
            int to = Math.min(ids.length, span.getInputIndex() + span.getLength());
            for (int i = from; i < to && text.charAt(i) == '`'; i++) {
                ids[i] = MARK;
            }
            for (int i = to - 1; i >= from && text.charAt(i) == '`'; i--) {
                ids[i] = MARK;
            }
        }
    }

    private static Style styleOf(Node node, boolean code) {
        int heading = 0;
        int listDepth = 0;
        Boolean ordered = null;
        int quote = 0;
        boolean strong = false;
        boolean emphasis = false;
        String link = null;
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Heading h) {
                heading = h.getLevel();
            } else if (p instanceof ListItem) {
                listDepth++;
                if (ordered == null) {
                    ordered = p.getParent() instanceof OrderedList;
                }
            } else if (p instanceof BlockQuote) {
                quote++;
            } else if (p instanceof StrongEmphasis) {
                strong = true;
            } else if (p instanceof Emphasis) {
                emphasis = true;
            } else if (p instanceof Link l && link == null) {
                link = Objects.requireNonNullElse(l.getDestination(), "");
            }
        }
        return new Style(heading, listDepth, Boolean.TRUE.equals(ordered), quote, strong, emphasis, code, link);
    }
}
