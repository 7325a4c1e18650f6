package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Lays the runs of a change of look onto a parsed text: the text nodes are cut where a run starts and ends and the
 * pieces inside it wrapped in {@link LookMark}s. Each piece keeps its place in the source, so the word changes can be
 * marked afterwards as before. A node that is not its source exactly (escapes, entities, code) is wrapped whole.
 */
final class LookMarks {

    private LookMarks() {
    }

    static void apply(Node document, String source, List<Looks.Marked> runs) {
        if (runs.isEmpty()) {
            return;
        }
        List<Node> places = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                places.add(text);
            }

            @Override
            public void visit(Code code) {
                places.add(code);
            }
        });
        LookMark[] last = new LookMark[runs.size()];
        for (Node place : places) {
            List<SourceSpan> spans = place.getSourceSpans();
            if (spans.isEmpty()) {
                continue;
            }
            int start = spans.get(0).getInputIndex();
            SourceSpan lastSpan = spans.get(spans.size() - 1);
            int end = Math.min(source.length(), lastSpan.getInputIndex() + lastSpan.getLength());
            boolean exact = place instanceof Text text && spans.size() == 1 && start <= end
                    && source.substring(start, end).equals(text.getLiteral());
            if (exact) {
                split((Text) place, spans.get(0), runs, last);
            } else {
                for (int r = 0; r < runs.size(); r++) {
                    if (runs.get(r).from() < end && start < runs.get(r).to()) {
                        last[r] = wrap(place);
                        break;
                    }
                }
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            if (last[r] != null) {
                labelAfter(last[r], runs.get(r).label());
            }
        }
    }

    /** The label after the run's last words, outside the bold, italics or link they are in (not a link itself). */
    private static void labelAfter(LookMark last, String label) {
        Node anchor = last;
        while (anchor.getParent() instanceof Emphasis || anchor.getParent() instanceof StrongEmphasis
                || anchor.getParent() instanceof Link) {
            anchor = anchor.getParent();
        }
        anchor.insertAfter(LookMark.label(label));
    }

    /** The text cut at the runs' edges, the pieces inside a run wrapped, each piece with its own place. */
    private static void split(Text text, SourceSpan span, List<Looks.Marked> runs, LookMark[] last) {
        int start = span.getInputIndex();
        int end = start + text.getLiteral().length();
        int at = start;
        List<Node> pieces = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Looks.Marked run = runs.get(r);
            int from = Math.max(at, run.from());
            int to = Math.min(end, run.to());
            if (from >= to) {
                continue;
            }
            if (from > at) {
                pieces.add(piece(text, span, start, at, from));
            }
            LookMark mark = new LookMark();
            mark.appendChild(piece(text, span, start, from, to));
            pieces.add(mark);
            last[r] = mark;
            at = to;
        }
        if (pieces.isEmpty()) {
            return;
        }
        if (at < end) {
            pieces.add(piece(text, span, start, at, end));
        }
        pieces.forEach(text::insertBefore);
        text.unlink();
    }

    private static Text piece(Text text, SourceSpan span, int start, int from, int to) {
        Text piece = new Text(text.getLiteral().substring(from - start, to - start));
        piece.addSourceSpan(span.subSpan(from - start, to - start));
        return piece;
    }

    private static LookMark wrap(Node node) {
        LookMark mark = new LookMark();
        node.insertBefore(mark);
        mark.appendChild(node);
        return mark;
    }
}
