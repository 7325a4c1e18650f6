package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.commonmark.node.Node;

/**
 * The changes of look in a word diff: unchanged words whose formatting changed (made bold, turned into a list item,
 * a heading level changed), and the hunks that only add or remove the formatting marks behind them. Those hunks are
 * then shown as part of the change of look, labelled in words, instead of as deleted and inserted text; a hunk that
 * changes words stays a word change, whatever marks it carries.
 * <p>
 * Found only where a changed hunk could be a formatting mark: a diff of word changes alone is answered with
 * {@link #NONE} after one look at its changed segments, without parsing anything, so a plan-wide comparison pays
 * for the step only in the sections whose formatting changed.
 */
public final class Looks {

    /** No change of look. */
    public static final Looks NONE = new Looks(List.of(), new BitSet());

    /**
     * Unchanged characters whose look changed the same way: [oldFrom, oldTo) of the old text and [newFrom, newTo)
     * of the new (the marks between them included).
     */
    public record Run(int oldFrom, int oldTo, int newFrom, int newTo, List<Look> looks) {
        public Run {
            looks = List.copyOf(looks);
        }
    }

    /** A run on one side of the diff, with its label: characters [from, to) of that side's text. */
    record Marked(int from, int to, String label) {
    }

    private final List<Run> runs;
    private final BitSet absorbed;

    Looks(List<Run> runs, BitSet absorbed) {
        this.runs = List.copyOf(runs);
        this.absorbed = absorbed;
    }

    /** The changes of look of the diff (segments as {@link WordDiff#diff} gives them). */
    public static Looks of(List<DiffSegment> segments) {
        return of(segments, MarkdownRenderer::parseWithPlaces);
    }

    /** As {@link #of(List)}, parsing with the given parser (which must keep source places); tests count its calls. */
    static Looks of(List<DiffSegment> segments, Function<String, Node> parser) {
        return LookFinder.mayChangeLook(segments) ? new LookFinder(segments, parser).find() : NONE;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    public List<Run> runs() {
        return runs;
    }

    /** Whether segment i only adds or removes the marks of a change of look (and so is shown as part of it). */
    public boolean absorbed(int segment) {
        return absorbed.get(segment);
    }

    /** The runs in the new text's places (or the old text's), each with its label. */
    List<Marked> on(boolean newSide, LookLabels labels) {
        List<Marked> marked = new ArrayList<>(runs.size());
        for (Run run : runs) {
            marked.add(newSide ? new Marked(run.newFrom, run.newTo, labels.label(run.looks))
                    : new Marked(run.oldFrom, run.oldTo, labels.label(run.looks)));
        }
        return marked;
    }
}
