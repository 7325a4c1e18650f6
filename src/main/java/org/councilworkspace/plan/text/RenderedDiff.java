package org.councilworkspace.plan.text;

import java.util.List;
import java.util.TreeMap;
import org.commonmark.node.Node;

/**
 * A word diff shown as formatted text rather than raw Markdown: the text is rendered as the section view renders it
 * (same guard, same safelist, people's HTML shown as text), with the changed words inside ins/del elements. Inline,
 * the new text's structure carries its insertions and, where words were removed, the removed words struck through.
 * Formatting marks themselves (a "#" or "**" added) carry no ins/del; given the diff's {@link Looks}, the words whose
 * look they changed are marked and labelled ("formatting: bold added") instead.
 */
public final class RenderedDiff {

    private RenderedDiff() {
    }

    /** The new text, its insertions marked and the removed words in place. */
    public static String inline(List<DiffSegment> segments) {
        return inline(segments, Looks.NONE, looks -> "");
    }

    /** As {@link #inline(List)}, with the changes of look marked and labelled, their marks not shown as changes. */
    public static String inline(List<DiffSegment> segments, Looks looks, LookLabels labels) {
        StringBuilder text = new StringBuilder();
        TreeMap<Integer, String> removed = new TreeMap<>();
        ChangeMarks marks = new ChangeMarks(ChangeMarks.Kind.INSERTED);
        for (int i = 0; i < segments.size(); i++) {
            DiffSegment segment = segments.get(i);
            boolean look = looks.absorbed(i);
            switch (segment.kind()) {
                case EQUAL -> text.append(segment.text());
                case INSERTED -> {
                    if (!look) {
                        marks.mark(text.length(), text.length() + segment.text().length());
                    }
                    text.append(segment.text());
                }
                case DELETED -> {
                    if (!look) {
                        removed.merge(text.length(), segment.text(), String::concat);
                    }
                }
            }
        }
        return render(text.toString(), marks.withRemovals(removed), looks.on(true, labels));
    }

    /** The old text with its deletions marked, and the new text with its insertions marked, each rendered. */
    public static DiffHtml.SideBySide sideBySide(List<DiffSegment> segments) {
        return sideBySide(segments, Looks.NONE, looks -> "");
    }

    /** As {@link #sideBySide(List)}, with the changes of look marked and labelled on both sides. */
    public static DiffHtml.SideBySide sideBySide(List<DiffSegment> segments, Looks looks, LookLabels labels) {
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        ChangeMarks deleted = new ChangeMarks(ChangeMarks.Kind.DELETED);
        ChangeMarks inserted = new ChangeMarks(ChangeMarks.Kind.INSERTED);
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i).text();
            boolean look = looks.absorbed(i);
            switch (segments.get(i).kind()) {
                case EQUAL -> {
                    oldText.append(s);
                    newText.append(s);
                }
                case DELETED -> {
                    if (!look) {
                        deleted.mark(oldText.length(), oldText.length() + s.length());
                    }
                    oldText.append(s);
                }
                case INSERTED -> {
                    if (!look) {
                        inserted.mark(newText.length(), newText.length() + s.length());
                    }
                    newText.append(s);
                }
            }
        }
        return new DiffHtml.SideBySide(render(oldText.toString(), deleted, looks.on(false, labels)),
                render(newText.toString(), inserted, looks.on(true, labels)));
    }

    private static String render(String markdown, ChangeMarks marks, List<Looks.Marked> runs) {
        Node document = MarkdownRenderer.parseWithPlaces(markdown);
        // Raw HTML becomes text first, keeping its place, so what a person typed as "<b>" is marked like any word.
        MarkdownGuard.clean(document);
        // Looks before words: the word marks then cut the pieces further, each piece knowing its place.
        LookMarks.apply(document, markdown, runs);
        marks.apply(document, markdown);
        return MarkdownRenderer.renderMarked(document);
    }
}
