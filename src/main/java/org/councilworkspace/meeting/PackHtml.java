package org.councilworkspace.meeting;

import org.councilworkspace.plan.text.MarkdownRenderer;
import org.councilworkspace.base.Html;

/**
 * The meeting pack as a print-friendly HTML page: every user text escaped, section texts sanitized, their footnotes
 * as numbered links to the notes closing each text.
 */
public final class PackHtml {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final String STYLE = "body{font-family:'Noto Sans','Noto Sans JP','Noto Sans Thai',sans-serif;"
            + "max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a2433}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #8a94a6;padding:.3rem .5rem;"
            + "text-align:left;vertical-align:top}th{background:#eef1f5}.meta{color:#3d4a5c}"
            + "section.document{page-break-before:always}@media print{body{margin:0;max-width:none}a{color:inherit}}";

    private PackHtml() {
    }

    public static String render(MeetingPack pack, PrintLabels l) {
        Meeting m = pack.agenda().meeting();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(esc(l.languageTag()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(m.title())).append(" · ")
                .append(esc(l.t("meeting.agenda"))).append("</title><style>").append(STYLE)
                .append("</style></head><body><header><h1>").append(esc(m.title())).append("</h1><p class=\"meta\">")
                .append(esc(m.councilName())).append(" · ").append(esc(l.t("MeetingKind." + m.kind().name())))
                .append("</p><p class=\"meta\">").append(esc(l.t("meeting.time"))).append(": ")
                .append(esc(l.time().apply(m.startsAt()))).append(" – ").append(esc(l.time().apply(m.endsAt())))
                .append("</p>");
        if (m.place() != null) {
            html.append("<p class=\"meta\">").append(esc(l.t("meeting.place"))).append(": ").append(esc(m.place()))
                    .append("</p>");
        }
        if (m.onlineLink() != null) {
            html.append("<p class=\"meta\">").append(esc(l.t("meeting.online-link"))).append(": ")
                    .append(esc(m.onlineLink())).append("</p>");
        }
        if (m.planVersionLabel() != null) {
            html.append("<p class=\"meta\">").append(esc(l.t("meeting.plan-version"))).append(": ")
                    .append(esc(m.planVersionLabel())).append("</p>");
        }
        html.append("</header><main><h2>").append(esc(l.t("meeting.agenda"))).append("</h2><table><thead><tr><th>")
                .append(esc(l.t("meeting.item.number"))).append("</th><th>").append(esc(l.t("meeting.item.title")))
                .append("</th><th>").append(esc(l.t("meeting.item.minutes"))).append("</th><th>")
                .append(esc(l.t("meeting.item.presenter"))).append("</th><th>").append(esc(l.t("meeting.item.purpose")))
                .append("</th></tr></thead><tbody>");
        int n = 1;
        for (AgendaItem item : pack.agenda().items()) {
            html.append("<tr><td>").append(n++).append("</td><td>").append(esc(item.title()));
            if (item.linkTitle() != null) {
                html.append("<br><small>").append(esc(l.t("AgendaLinkKind." + item.link().kind().name()))).append(": ")
                        .append(esc(item.linkTitle())).append("</small>");
            }
            for (MeetingDocument d : pack.documentsOf(item.id())) {
                html.append("<br><small>").append(esc(l.t("meeting.item.document"))).append(": ")
                        .append(esc(d.title())).append(" (").append(esc(d.fileName())).append(")</small>");
            }
            html.append("</td><td>").append(item.minutesAllotted()).append("</td><td>")
                    .append(esc(item.presenter() == null ? "" : item.presenter())).append("</td><td>")
                    .append(esc(l.t("AgendaPurpose." + item.purpose().name()))).append("</td></tr>");
        }
        html.append("</tbody><tfoot><tr><th></th><th>").append(esc(l.t("meeting.agenda-total"))).append("</th><th>")
                .append(pack.agenda().totalMinutes()).append("</th><th></th><th></th></tr></tfoot></table>");
        int text = 0;
        for (MeetingPack.Document d : pack.documents()) {
            // Each text's footnotes link within it: the ids carry the text's place in the pack.
            html.append("<section class=\"document\"><h2>").append(esc(d.title())).append("</h2>")
                    .append(MARKDOWN.toSafeHtmlWithNotes(d.markdown(), "d" + ++text, l.t("export.notes"),
                            l.t("export.notes.back"))).append("</section>");
        }
        html.append(PackAmendments.html(pack.amendments(), l));
        return html.append("</main></body></html>").toString();
    }

    static String esc(String text) {
        return Html.escape(text);
    }
}
