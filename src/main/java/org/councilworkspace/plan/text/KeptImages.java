package org.councilworkspace.plan.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/** Points each {@code attachment:ID} picture of a parsed text at the address that serves kept pictures here. */
final class KeptImages extends AbstractVisitor {

    private final String base;

    private KeptImages(String base) {
        this.base = base;
    }

    static void point(Node document, String base) {
        document.accept(new KeptImages(base));
    }

    @Override
    public void visit(Image image) {
        String destination = image.getDestination();
        if (destination != null && destination.startsWith(MarkdownRenderer.ATTACHMENT)) {
            image.setDestination(base + destination.substring(MarkdownRenderer.ATTACHMENT.length()));
        }
        visitChildren(image);
    }
}
