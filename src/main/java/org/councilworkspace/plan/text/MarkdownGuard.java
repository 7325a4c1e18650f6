package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Cleans a parsed Markdown tree before rendering: raw HTML is dropped, and links or images with a URL that
 * {@link UrlPolicy} refuses are replaced by their text, so the reader still sees the words but nothing clickable.
 */
final class MarkdownGuard extends AbstractVisitor {

    // Nodes are changed after the walk; unlinking while visiting would skip siblings.
    private final List<Node> toDrop = new ArrayList<>();
    private final List<Node> toUnwrap = new ArrayList<>();

    static void clean(Node document) {
        MarkdownGuard guard = new MarkdownGuard();
        document.accept(guard);
        guard.toDrop.forEach(Node::unlink);
        guard.toUnwrap.forEach(MarkdownGuard::unwrap);
    }

    // Raw HTML is dropped rather than shown escaped: escaped attack markup would still put "onerror=" and
    // "javascript:" in front of every reader, and a plan has no need for hand-written HTML.
    @Override
    public void visit(HtmlBlock htmlBlock) {
        toDrop.add(htmlBlock);
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        toDrop.add(htmlInline);
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
