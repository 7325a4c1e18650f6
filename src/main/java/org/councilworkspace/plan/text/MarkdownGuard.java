package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Cleans a parsed Markdown tree before rendering: raw HTML becomes plain text (shown exactly as typed, escaped by the
 * renderer, never interpreted), and links or images with a URL that {@link UrlPolicy} refuses are replaced by their
 * text, so the reader still sees the words but nothing clickable.
 */
final class MarkdownGuard extends AbstractVisitor {

    // Nodes are changed after the walk; unlinking while visiting would skip siblings.
    private final List<Node> toText = new ArrayList<>();
    private final List<Node> toUnwrap = new ArrayList<>();

    static void clean(Node document) {
        MarkdownGuard guard = new MarkdownGuard();
        document.accept(guard);
        guard.toText.forEach(MarkdownGuard::asText);
        guard.toUnwrap.forEach(MarkdownGuard::unwrap);
    }

    // Whatever looks like HTML is what the person typed ("<ผู้ใหญ่>", "a <b> c", even an attack string in a
    // comment about security): dropping it silently loses words from the record, so it is shown as text.
    @Override
    public void visit(HtmlBlock htmlBlock) {
        toText.add(htmlBlock);
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        toText.add(htmlInline);
    }

    @Override
    public void visit(Link link) {
        if (!UrlPolicy.isSafeLink(link.getDestination())) {
            toUnwrap.add(link);
        }
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        if (!UrlPolicy.isSafeImage(image.getDestination())) {
            toUnwrap.add(image);
        }
        visitChildren(image);
    }

    /** An HTML block becomes a paragraph keeping its line breaks; inline HTML becomes the same characters as text. */
    private static void asText(Node node) {
        // The text keeps the place of what it replaces (when the parser recorded places), so a rendered diff can
        // mark it like any other words.
        if (node instanceof HtmlInline inline) {
            Text text = new Text(inline.getLiteral());
            text.setSourceSpans(inline.getSourceSpans());
            node.insertBefore(text);
        } else {
            Paragraph paragraph = new Paragraph();
            String[] lines = ((HtmlBlock) node).getLiteral().stripTrailing().split("\n", -1);
            List<SourceSpan> spans = node.getSourceSpans();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    paragraph.appendChild(new HardLineBreak());
                }
                Text text = new Text(lines[i]);
                if (spans.size() >= lines.length) {
                    text.setSourceSpans(List.of(spans.get(i)));
                }
                paragraph.appendChild(text);
            }
            node.insertBefore(paragraph);
        }
        node.unlink();
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}
