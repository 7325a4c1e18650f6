package org.councilworkspace.plan.text;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Unchanged words whose look changed, in a rendered diff: a span around them; or, after the last piece of a run, its
 * label in words ("formatting: bold added"), so the change is told in text, not by its look alone.
 */
final class LookMark extends CustomNode {

    static final String CLASS = "cw-look";
    static final String LABEL_CLASS = "cw-look-label";

    /** The label this node writes instead of a span, or null for the span around words. */
    private final String label;

    LookMark() {
        this(null);
    }

    private LookMark(String label) {
        this.label = label;
    }

    static LookMark label(String label) {
        return new LookMark(label);
    }

    /** Writes the span and the label; the words inside are rendered (and escaped) by commonmark as any text. */
    static final class Renderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(LookMark.class);
        }

        @Override
        public void render(Node node) {
            LookMark mark = (LookMark) node;
            HtmlWriter html = context.getWriter();
            if (mark.label != null) {
                html.tag("small", Map.of("class", LABEL_CLASS));
                // A space first, so the words and their label do not run together when read out or copied.
                html.text(" " + mark.label);
                html.tag("/small");
                return;
            }
            html.tag("span", Map.of("class", CLASS));
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/span");
        }
    }
}
