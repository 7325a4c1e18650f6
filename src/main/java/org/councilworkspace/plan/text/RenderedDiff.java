package org.councilworkspace.plan.text;

import java.util.List;
import java.util.TreeMap;
import org.commonmark.node.Node;

/**
 * A word diff shown as formatted text rather than raw Markdown: the text is rendered as the section view renders it
 * (same guard, same safelist, people's HTML shown as text), with the changed words inside ins/del elements. Inline,
 * the new text's structure carries its insertions and, where words were removed, the removed words struck through.
 * Formatting marks themselves (a "#" or "**" added) change the look but carry no ins/del: the Markdown view shows them.
 */
public final class RenderedDiff {

    private RenderedDiff() {
    }

    /** The new text, its insertions marked and the removed words in place. */
    public static String inline(List<DiffSegment> segments) {
        StringBuilder text = new StringBuilder();
        TreeMap<Integer, String> removed = new TreeMap<>();
        ChangeMarks marks = new ChangeMarks(ChangeMarks.Kind.INSERTED);
        for (DiffSegment segment : segments) {
            switch (segment.kind()) {
                case EQUAL -> text.append(segment.text());
                case INSERTED -> {
                    marks.mark(text.length(), text.length() + segment.text().length());
                    text.append(segment.text());
                }
                case DELETED -> removed.merge(text.length(), segment.text(), String::concat);
            }
        }
        return render(text.toString(), marks.withRemovals(removed));
    }

    /** The old text with its deletions marked, and the new text with its insertions marked, each rendered. */
    public static DiffHtml.SideBySide sideBySide(List<DiffSegment> segments) {
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        ChangeMarks deleted = new ChangeMarks(ChangeMarks.Kind.DELETED);
        ChangeMarks inserted = new ChangeMarks(ChangeMarks.Kind.INSERTED);
        for (DiffSegment segment : segments) {
            String s = segment.text();
            switch (segment.kind()) {
                case EQUAL -> {
                    oldText.append(s);
                    newText.append(s);
                }
                case DELETED -> {
                    deleted.mark(oldText.length(), oldText.length() + s.length());
                    oldText.append(s);
                }
                case INSERTED -> {
                    inserted.mark(newText.length(), newText.length() + s.length());
                    newText.append(s);
                }
            }
        }
        return new DiffHtml.SideBySide(render(oldText.toString(), deleted), render(newText.toString(), inserted));
    }

    private static String render(String markdown, ChangeMarks marks) {
        Node document = MarkdownRenderer.parseWithPlaces(markdown);
        // Raw HTML becomes text first, keeping its place, so what a person typed as "<b>" is marked like any word.
        MarkdownGuard.clean(document);
        marks.apply(document, markdown);
        return MarkdownRenderer.renderMarked(document);
    }
}
