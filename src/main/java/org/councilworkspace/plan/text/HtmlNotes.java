package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Footnotes of one text for an HTML page that holds many texts: references numbered from 1 in the order of first
 * citation, each a link to its note, and the notes as a list closing the text, each linking back. Ids carry the
 * text's own prefix, so two sections citing "[^1]" never share an anchor. The tree is rewritten before rendering
 * (no commonmark footnote HTML, whose ids follow the labels and whose labels are English): a definition nothing cites
 * becomes the paragraphs it holds, so no words are lost, and a note citing a note keeps its mark as written.
 */
final class HtmlNotes {

    /** What the notes say around themselves, in the page's language. */
    record Labels(String notes, String back) {
    }

    private HtmlNotes() {
    }

    static void rewrite(Node document, String prefix, Labels labels) {
        Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
        List<FootnoteReference> references = new ArrayList<>();
        collect(document, false, definitions, references);
        Map<String, NoteItem> cited = new HashMap<>();
        NoteList list = new NoteList(prefix, labels);
        for (FootnoteReference ref : references) {
            FootnoteDefinition definition = definitions.get(ref.getLabel());
            if (definition == null) {
                ref.insertBefore(new Text("[^" + ref.getLabel() + "]"));
                ref.unlink();
                continue;
            }
            NoteItem item = cited.computeIfAbsent(ref.getLabel(), label -> {
                NoteItem made = new NoteItem(prefix, cited.size() + 1);
                list.appendChild(made);
                return made;
            });
            item.citations++;
            ref.insertBefore(new NoteRef(prefix, item.number, item.citations));
            ref.unlink();
        }
        for (FootnoteDefinition definition : definitions.values()) {
            NoteItem item = cited.get(definition.getLabel());
            moveChildren(definition, item);
            definition.unlink();
        }
        // A second definition of a label is never reached by a reference; its words stay as paragraphs.
        for (Node extra : duplicates(document, Set.copyOf(definitions.values()))) {
            moveChildren(extra, null);
            extra.unlink();
        }
        if (list.getFirstChild() != null) {
            document.appendChild(list);
        }
    }

    private static void collect(Node parent, boolean inNote, Map<String, FootnoteDefinition> definitions,
                                List<FootnoteReference> references) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d) {
                definitions.putIfAbsent(d.getLabel(), d);
                collect(n, true, definitions, references);
            } else if (n instanceof FootnoteReference ref) {
                if (inNote) {
                    ref.insertBefore(new Text("[^" + ref.getLabel() + "]"));
                    // Unlinking now is safe: the loop continues from the text just inserted.
                    Node text = ref.getPrevious();
                    ref.unlink();
                    n = text;
                } else {
                    references.add(ref);
                }
            } else {
                collect(n, inNote, definitions, references);
            }
        }
    }

    private static List<Node> duplicates(Node parent, Set<FootnoteDefinition> kept) {
        List<Node> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d && !kept.contains(d)) {
                out.add(n);
            } else if (!(n instanceof NoteList)) {
                out.addAll(duplicates(n, kept));
            }
        }
        return out;
    }

    /** Moves a node's children into {@code target}, or in front of the node when there is no target. */
    private static void moveChildren(Node from, Node target) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (target == null) {
                from.insertBefore(child);
            } else {
                target.appendChild(child);
            }
            child = next;
        }
    }

    static final class NoteRef extends CustomNode {
        final String prefix;
        final int number;
        final int citation;

        NoteRef(String prefix, int number, int citation) {
            this.prefix = prefix;
            this.number = number;
            this.citation = citation;
        }
    }

    static final class NoteList extends CustomBlock {
        final String prefix;
        final Labels labels;

        NoteList(String prefix, Labels labels) {
            this.prefix = prefix;
            this.labels = labels;
        }
    }

    static final class NoteItem extends CustomBlock {
        final String prefix;
        final int number;
        int citations;

        NoteItem(String prefix, int number) {
            this.prefix = prefix;
            this.number = number;
        }
    }

    static String noteId(String prefix, int number) {
        return prefix + "-note-" + number;
    }

    static String refId(String prefix, int number, int citation) {
        return prefix + "-ref-" + number + (citation == 1 ? "" : "-" + citation);
    }

    /** Writes the rewritten notes: a raised linked number, and an ordered list with a link back to the text. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(NoteRef.class, NoteList.class, NoteItem.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof NoteRef ref) {
                html.tag("sup");
                html.tag("a", attributes("href", "#" + noteId(ref.prefix, ref.number),
                        "id", refId(ref.prefix, ref.number, ref.citation)));
                html.text(Integer.toString(ref.number));
                html.tag("/a");
                html.tag("/sup");
            } else if (node instanceof NoteList list) {
                html.line();
                html.tag("section", attributes("class", "notes", "aria-label", list.labels.notes()));
                html.tag("ol");
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    item(list, (NoteItem) item);
                }
                html.tag("/ol");
                html.tag("/section");
                html.line();
            }
        }

        private void item(NoteList list, NoteItem item) {
            html.tag("li", attributes("id", noteId(item.prefix, item.number)));
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            for (int c = 1; c <= item.citations; c++) {
                html.tag("a", attributes("href", "#" + refId(item.prefix, item.number, c),
                        "aria-label", list.labels.back()));
                html.text("↩");
                html.tag("/a");
            }
            html.tag("/li");
        }

        /** Attributes in the order given, so the same Markdown always gives the same HTML. */
        private static Map<String, String> attributes(String... pairs) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                out.put(pairs[i], pairs[i + 1]);
            }
            return out;
        }
    }
}
