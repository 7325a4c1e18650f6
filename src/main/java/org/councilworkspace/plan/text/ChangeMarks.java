package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Which characters of a Markdown text changed, and which removed words belong where, laid onto its parsed tree. A
 * text node that is its source exactly is split at the changes; one that is not (escapes, entities, code) is marked
 * whole if anything in it changed, so a change is never hidden, only shown a little wider.
 */
final class ChangeMarks {

    enum Kind { INSERTED, DELETED }

    /** A node that shows characters of the source, and where in the source they are. */
    private record Place(Node node, int start, int end, boolean exact) {
    }

    private final Kind kind;
    private final BitSet marked = new BitSet();
    private TreeMap<Integer, String> removals = new TreeMap<>();

    ChangeMarks(Kind kind) {
        this.kind = kind;
    }

    void mark(int from, int to) {
        marked.set(from, to);
    }

    /** Removed words, keyed by where in this text they stood; shown struck through at that place. */
    ChangeMarks withRemovals(TreeMap<Integer, String> removedAt) {
        this.removals = removedAt;
        return this;
    }

    void apply(Node document, String source) {
        List<Place> places = places(document, source);
        Map<Place, TreeMap<Integer, String>> inside = new HashMap<>();
        Map<Place, List<String>> after = new HashMap<>();
        List<String> before = new ArrayList<>();
        for (Map.Entry<Integer, String> removal : removals.entrySet()) {
            if (removal.getValue().isBlank()) {
                continue;
            }
            int at = removal.getKey();
            Place host = places.stream().filter(p -> p.start <= at && at <= p.end).findFirst().orElse(null);
            Place previous = places.stream().filter(p -> p.end < at).reduce((a, b) -> b).orElse(null);
            if (host != null && host.exact) {
                inside.computeIfAbsent(host, p -> new TreeMap<>()).merge(at - host.start, removal.getValue(),
                        String::concat);
            } else if (host != null || previous != null) {
                after.computeIfAbsent(host != null ? host : previous, p -> new ArrayList<>()).add(removal.getValue());
            } else {
                before.add(removal.getValue());
            }
        }
        if (!before.isEmpty() && places.isEmpty()) {
            // Nothing is left of the text: the removed words stand alone.
            Paragraph holder = new Paragraph();
            before.forEach(words -> holder.appendChild(removed(words)));
            document.appendChild(holder);
        } else {
            before.forEach(words -> places.get(0).node.insertBefore(removed(words)));
        }
        for (Place place : places) {
            Node shown = place.exact ? split(place, inside.getOrDefault(place, new TreeMap<>())) : wrapIfChanged(place);
            for (String words : after.getOrDefault(place, List.of())) {
                Node removed = removed(words);
                shown.insertAfter(removed);
                shown = removed;
            }
        }
        joinNeighbours(document);
    }

    /** Marks that follow each other (raw HTML turned text is several nodes) become one, labelled once. */
    private static void joinNeighbours(Node document) {
        List<ChangeMark> marks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof ChangeMark mark) {
                    marks.add(mark);
                }
                visitChildren(node);
            }
        });
        for (ChangeMark mark : marks) {
            if (mark.getParent() != null && mark.getNext() instanceof ChangeMark next && next.sameKind(mark)) {
                // The next one takes this one's words in front of its own; the last of a run keeps them all.
                Node first = next.getFirstChild();
                Node child = mark.getFirstChild();
                while (child != null) {
                    Node following = child.getNext();
                    if (first == null) {
                        next.appendChild(child);
                    } else {
                        first.insertBefore(child);
                    }
                    child = following;
                }
                mark.unlink();
            }
        }
    }

    /** The text node cut into runs of changed and unchanged characters, removed words where they stood. */
    private Node split(Place place, TreeMap<Integer, String> removedInside) {
        String literal = ((Text) place.node).getLiteral();
        List<Node> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runMarked = false;
        for (int i = 0; i <= literal.length(); i++) {
            String removed = removedInside.get(i);
            boolean end = i == literal.length();
            boolean changed = !end && marked.get(place.start + i);
            if (!run.isEmpty() && (end || removed != null || changed != runMarked)) {
                pieces.add(piece(run.toString(), runMarked));
                run.setLength(0);
            }
            if (removed != null) {
                pieces.add(removed(removed));
            }
            if (!end) {
                if (run.isEmpty()) {
                    runMarked = changed;
                }
                run.append(literal.charAt(i));
            }
        }
        if (pieces.isEmpty()) {
            return place.node;
        }
        pieces.forEach(place.node::insertBefore);
        place.node.unlink();
        return pieces.get(pieces.size() - 1);
    }

    private Node wrapIfChanged(Place place) {
        int first = marked.nextSetBit(place.start);
        if (first < 0 || first >= place.end) {
            return place.node;
        }
        ChangeMark mark = new ChangeMark(kind);
        place.node.insertBefore(mark);
        mark.appendChild(place.node);
        return mark;
    }

    private Node piece(String text, boolean changed) {
        if (!changed) {
            return new Text(text);
        }
        ChangeMark mark = new ChangeMark(kind);
        mark.appendChild(new Text(text));
        return mark;
    }

    /** Removed words, their line breaks kept as breaks (a removed paragraph still reads as one). */
    private static Node removed(String words) {
        ChangeMark mark = new ChangeMark(Kind.DELETED);
        String[] lines = words.replaceAll("^\\n+|\\n+$", "").split("\n+");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                mark.appendChild(new HardLineBreak());
            }
            mark.appendChild(new Text(lines[i]));
        }
        return mark;
    }

    private static List<Place> places(Node document, String source) {
        List<Place> places = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                add(text, text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                add(code, null);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                add(block, null);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                add(block, null);
            }

            private void add(Node node, String literal) {
                List<SourceSpan> spans = node.getSourceSpans();
                if (spans.isEmpty()) {
                    return;
                }
                int start = spans.get(0).getInputIndex();
                SourceSpan last = spans.get(spans.size() - 1);
                int end = Math.min(source.length(), last.getInputIndex() + last.getLength());
                boolean exact = literal != null && spans.size() == 1 && start <= end
                        && source.substring(start, end).equals(literal);
                places.add(new Place(node, start, end, exact));
            }
        });
        return places;
    }
}
