package org.councilworkspace.plan.text;

import java.util.List;
import org.councilworkspace.base.Html;

/** Renders word-diff segments as HTML fragments; every character of user text is escaped. */
public final class DiffHtml {

    private DiffHtml() {
    }

    /** Inline: escaped text with <ins class="cw-ins"> and <del class="cw-del">, newlines as <br>. Safe to put in innerHTML: every user character is escaped. */
    public static String inline(List<DiffSegment> segments) {
        StringBuilder html = new StringBuilder();
        for (DiffSegment segment : segments) {
            switch (segment.kind()) {
                case EQUAL -> escape(segment.text(), html);
                case INSERTED -> marked("ins", "cw-ins", segment.text(), html);
                case DELETED -> marked("del", "cw-del", segment.text(), html);
            }
        }
        return html.toString();
    }

    /** Two columns: the old text with deletions marked, the new text with insertions marked (both escaped). */
    public static SideBySide sideBySide(List<DiffSegment> segments) {
        StringBuilder oldHtml = new StringBuilder();
        StringBuilder newHtml = new StringBuilder();
        for (DiffSegment segment : segments) {
            switch (segment.kind()) {
                case EQUAL -> {
                    escape(segment.text(), oldHtml);
                    escape(segment.text(), newHtml);
                }
                case DELETED -> marked("del", "cw-del", segment.text(), oldHtml);
                case INSERTED -> marked("ins", "cw-ins", segment.text(), newHtml);
            }
        }
        return new SideBySide(oldHtml.toString(), newHtml.toString());
    }

    public record SideBySide(String oldHtml, String newHtml) {
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
