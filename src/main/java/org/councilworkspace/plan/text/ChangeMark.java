package org.councilworkspace.plan.text;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Words inserted or deleted, in a rendered diff: rendered as ins or del around whatever it holds. */
final class ChangeMark extends CustomNode {

    private final ChangeMarks.Kind kind;

    ChangeMark(ChangeMarks.Kind kind) {
        this.kind = kind;
    }

    boolean sameKind(ChangeMark other) {
        return kind == other.kind;
    }

    /** Writes the ins/del element; the text inside is rendered (and escaped) by commonmark as any other text. */
    static final class Renderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ChangeMark.class);
        }

        @Override
        public void render(Node node) {
            ChangeMark mark = (ChangeMark) node;
            String tag = mark.kind == ChangeMarks.Kind.INSERTED ? "ins" : "del";
            HtmlWriter html = context.getWriter();
            html.tag(tag, Map.of("class", mark.kind == ChangeMarks.Kind.INSERTED ? "cw-ins" : "cw-del"));
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/" + tag);
        }
    }
}
