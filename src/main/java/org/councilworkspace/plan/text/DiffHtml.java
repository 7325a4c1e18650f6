package org.councilworkspace.plan.text;

import java.util.List;
import org.councilworkspace.base.Html;

/** Renders word-diff segments as HTML fragments; every character of user text is escaped. */
public final class DiffHtml {

    private DiffHtml() {
    }

    /** Inline: escaped text with <ins class="cw-ins"> and <del class="cw-del">, newlines as <br>. Safe to put in innerHTML: every user character is escaped. */
    public static String inline(List<DiffSegment> segments) {
        return inline(segments, Looks.NONE, looks -> "");
    }

    /**
     * As {@link #inline(List)}, with each change of look as the words in a span.cw-look followed by its label in a
     * small.cw-look-label; the marks that made it are shown plainly (span.cw-look-marks) when added, left out when
     * removed, never as inserted or deleted words.
     */
    public static String inline(List<DiffSegment> segments, Looks looks, LookLabels labels) {
        StringBuilder html = new StringBuilder();
        Side side = new Side(looks.on(true, labels), html);
        for (int i = 0; i < segments.size(); i++) {
            DiffSegment segment = segments.get(i);
            switch (segment.kind()) {
                case EQUAL -> side.text(segment.text(), false);
                case INSERTED -> {
                    if (looks.absorbed(i)) {
                        side.text(segment.text(), true);
                    } else {
                        side.marked("ins", "cw-ins", segment.text());
                    }
                }
                case DELETED -> {
                    if (!looks.absorbed(i)) {
                        side.label();
                        marked("del", "cw-del", segment.text(), html);
                    }
                }
            }
        }
        side.label();
        return html.toString();
    }

    /** Two columns: the old text with deletions marked, the new text with insertions marked (both escaped). */
    public static SideBySide sideBySide(List<DiffSegment> segments) {
        return sideBySide(segments, Looks.NONE, looks -> "");
    }

    /** As {@link #sideBySide(List)}, with the changes of look marked and labelled in both columns. */
    public static SideBySide sideBySide(List<DiffSegment> segments, Looks looks, LookLabels labels) {
        StringBuilder oldHtml = new StringBuilder();
        StringBuilder newHtml = new StringBuilder();
        Side before = new Side(looks.on(false, labels), oldHtml);
        Side after = new Side(looks.on(true, labels), newHtml);
        for (int i = 0; i < segments.size(); i++) {
            DiffSegment segment = segments.get(i);
            boolean look = looks.absorbed(i);
            switch (segment.kind()) {
                case EQUAL -> {
                    before.text(segment.text(), false);
                    after.text(segment.text(), false);
                }
                case DELETED -> {
                    if (look) {
                        before.text(segment.text(), true);
                    } else {
                        before.marked("del", "cw-del", segment.text());
                    }
                }
                case INSERTED -> {
                    if (look) {
                        after.text(segment.text(), true);
                    } else {
                        after.marked("ins", "cw-ins", segment.text());
                    }
                }
            }
        }
        before.label();
        after.label();
        return new SideBySide(oldHtml.toString(), newHtml.toString());
    }

    public record SideBySide(String oldHtml, String newHtml) {
    }

    /** One text of the diff as it is written out, knowing where in that text it is and where its looks changed. */
    private static final class Side {

        private final List<Looks.Marked> runs;
        private final StringBuilder html;
        private int at;
        /** The label of a run that has ended, written once the marks that close it ("**") are written too. */
        private String label;

        Side(List<Looks.Marked> runs, StringBuilder html) {
            this.runs = runs;
            this.html = html;
        }

        void marked(String tag, String cssClass, String text) {
            label();
            DiffHtml.marked(tag, cssClass, text, html);
            at += text.length();
        }

        /** Text of this side, cut at the edges of the runs; marks of a change of look shown plainly. */
        void text(String text, boolean marks) {
            int end = at + text.length();
            int done = at;
            for (Looks.Marked run : runs) {
                int from = Math.max(done, run.from());
                int to = Math.min(end, run.to());
                if (from >= to) {
                    continue;
                }
                plain(text, done, from, marks);
                label();
                html.append("<span class=\"").append(LookMark.CLASS).append(marks ? " cw-look-marks" : "")
                        .append("\">");
                escape(text.substring(from - at, to - at), html);
                html.append("</span>");
                if (to == run.to()) {
                    label = run.label();
                }
                done = to;
            }
            plain(text, done, end, marks);
            at = end;
        }

        /** Writes the label of the run that ended, if any. */
        void label() {
            if (label != null) {
                html.append("<small class=\"").append(LookMark.LABEL_CLASS).append("\">");
                // A space first, so the words and their label do not run together when read out or copied.
                escape(" " + label, html);
                html.append("</small>");
                label = null;
            }
        }

        private void plain(String text, int from, int to, boolean marks) {
            if (from >= to) {
                return;
            }
            if (!marks) {
                label();
            }
            if (marks) {
                html.append("<span class=\"cw-look-marks\">");
            }
            escape(text.substring(from - at, to - at), html);
            if (marks) {
                html.append("</span>");
            }
        }
    }

    private static void marked(String tag, String cssClass, String text, StringBuilder html) {
        html.append('<').append(tag).append(" class=\"").append(cssClass).append("\">");
        escape(text, html);
        html.append("</").append(tag).append('>');
    }

    /** Escaped for content and attributes alike; line breaks shown as such. */
    static void escape(String text, StringBuilder html) {
        Html.escape(text, html, true);
    }
}
