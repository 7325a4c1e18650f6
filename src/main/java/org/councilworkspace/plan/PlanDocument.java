package org.councilworkspace.plan;

import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.Html;
import org.councilworkspace.base.Messages;
import org.councilworkspace.plan.text.MarkdownNotes;
import org.councilworkspace.plan.text.MarkdownRenderer;

/**
 * A frozen version as a document: Markdown, or a standalone printable HTML page with a table of contents. Written in
 * the council's language (labels, the page's lang, the date in the council's calendar); what people typed is kept
 * as typed and, in HTML, escaped or sanitized.
 */
final class PlanDocument {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private PlanDocument() {
    }

    static String markdown(FrozenVersion v, List<AnnexEntry> annex, CalendarDates dates) {
        return markdown(v, annex, dates, List.of());
    }

    /** With what other features recorded with the version (its measures) under the sections they belong to. */
    static String markdown(FrozenVersion v, List<AnnexEntry> annex, CalendarDates dates, List<VersionRecords> records) {
        // Each section numbers its notes from [^1]; in one file they are numbered through, so none collide.
        MarkdownNotes notes = new MarkdownNotes();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(v.plan().title()).append("\n\n");
        out.append(versionLine(v, dates)).append("\n\n");
        if (v.plan().nationalPlan() != null) {
            out.append(t(dates, "export.aligned-with", v.plan().nationalPlan())).append("\n\n");
        }
        out.append("## ").append(t(dates, "export.contents")).append("\n\n");
        for (VersionSection s : v.sections()) {
            out.append("  ".repeat(s.depth() - 1)).append("- ").append(s.numberedTitle()).append('\n');
        }
        out.append('\n');
        for (VersionSection s : v.sections()) {
            out.append("#".repeat(Math.min(s.depth() + 1, 6))).append(' ').append(s.numberedTitle()).append("\n\n");
            if (!s.body().isBlank()) {
                out.append(notes.renumber(s.body().strip())).append("\n\n");
            }
            for (VersionRecords r : records) {
                List<FrozenItem> items = r.ofSection(s.sectionId());
                if (!items.isEmpty()) {
                    out.append("**").append(r.heading()).append("**\n\n");
                    items.forEach(i -> out.append(FrozenItems.markdown(i)));
                    out.append('\n');
                }
            }
        }
        if (!annex.isEmpty()) {
            out.append("## ").append(t(dates, "annex.title")).append("\n\n");
            for (AnnexEntry e : annex) {
                out.append("### ").append(subject(e, dates)).append(" — ").append(e.member()).append(" (")
                        .append(e.organization()).append(")\n\n").append(annexNote(e, dates)).append("\n\n")
                        .append(notes.renumber(e.text().strip())).append("\n\n");
            }
        }
        return out.toString();
    }

    static String html(FrozenVersion v, List<AnnexEntry> annex, CalendarDates dates) {
        return html(v, annex, dates, List.of());
    }

    static String html(FrozenVersion v, List<AnnexEntry> annex, CalendarDates dates, List<VersionRecords> records) {
        String contents = esc(t(dates, "export.contents"));
        StringBuilder toc = new StringBuilder("<nav aria-label=\"").append(contents).append("\"><h2>").append(contents)
                .append("</h2><ol class=\"toc\">");
        StringBuilder body = new StringBuilder();
        String notes = t(dates, "export.notes");
        String back = t(dates, "export.notes.back");
        for (VersionSection s : v.sections()) {
            String anchor = "s" + s.sectionId();
            toc.append("<li class=\"d").append(s.depth()).append("\"><a href=\"#").append(anchor).append("\">")
                    .append(esc(s.numberedTitle())).append("</a></li>");
            int level = Math.min(s.depth() + 1, 6);
            body.append("<section id=\"").append(anchor).append("\"><h").append(level).append('>')
                    .append(esc(s.numberedTitle())).append("</h").append(level).append('>')
                    .append(MARKDOWN.toSafeHtmlWithNotes(s.body(), anchor, notes, back));
            for (VersionRecords r : records) {
                body.append(FrozenItems.html(r.heading(), r.ofSection(s.sectionId()), Math.min(level + 1, 6)));
            }
            body.append("</section>");
        }
        if (!annex.isEmpty()) {
            String title = esc(t(dates, "annex.title"));
            toc.append("<li class=\"d1\"><a href=\"#annex\">").append(title).append("</a></li>");
            body.append("<section id=\"annex\"><h2>").append(title).append("</h2>");
            int n = 0;
            for (AnnexEntry e : annex) {
                n++;
                body.append("<article class=\"minority\"><h3>").append(esc(subject(e, dates))).append(" — ")
                        .append(esc(e.member())).append(" (").append(esc(e.organization())).append(")</h3><p><em>")
                        .append(esc(annexNote(e, dates))).append("</em></p>")
                        .append(MARKDOWN.toSafeHtmlWithNotes(e.text(), "annex-" + n, notes, back))
                        .append("</article>");
            }
            body.append("</section>");
        }
        toc.append("</ol></nav>");
        String title = esc(v.plan().title());
        String aligned = v.plan().nationalPlan() == null ? ""
                : "<p>" + esc(t(dates, "export.aligned-with", v.plan().nationalPlan())) + "</p>";
        return "<!DOCTYPE html><html lang=\"" + esc(dates.locale().toLanguageTag()) + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + " · " + esc(v.info().label()) + "</title><style>" + STYLE
                + "</style></head><body><header><h1>" + title + "</h1><p>" + esc(versionLine(v, dates)) + "</p>"
                + aligned + "</header>" + toc + "<main>" + body + "</main></body></html>";
    }

    /** "พ.ศ. 2570–2574 · v0.4 for the 3rd plenary (0.4) กำหนดฉบับเมื่อ 1 มีนาคม พ.ศ. 2570". */
    private static String versionLine(FrozenVersion v, CalendarDates dates) {
        String frozenOn = dates.date(v.info().createdAt().atZoneSameInstant(dates.zone()).toLocalDate());
        String cycle = dates.years(v.plan().cycleStart(), v.plan().cycleEnd());
        return t(dates, "export.version-line", cycle, v.info().label(), v.info().number(), frozenOn);
    }

    private static String subject(AnnexEntry e, CalendarDates dates) {
        return e.subject() == null ? t(dates, "export.whole-plan") : e.subject();
    }

    private static String annexNote(AnnexEntry e, CalendarDates dates) {
        return t(dates, "export.annex." + e.kind()) + ", "
                + t(dates, e.confirmedByMember() ? "annex.confirmed" : "annex.not-confirmed");
    }

    private static String t(CalendarDates dates, String key, Object... args) {
        return Messages.get(key, dates.locale(), args);
    }

    private static String esc(String text) {
        return Html.escape(text);
    }

    private static final String STYLE = "body{font-family:'Noto Sans','Noto Sans JP','Noto Sans Thai',sans-serif;"
            + "max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a2433}"
            + "h1{font-size:1.8rem}h2{font-size:1.4rem}h3{font-size:1.2rem}h4{font-size:1.05rem}"
            + ".toc{list-style:none;padding:0}.toc .d2{padding-left:1.5rem}.toc .d3{padding-left:3rem}"
            + "table{border-collapse:collapse}td,th{border:1px solid #889;padding:.25rem .5rem}"
            + "section{break-inside:avoid-page}sup{line-height:0}.notes{font-size:.85rem;border-top:1px solid #889;"
            + "margin-top:1rem}.notes a[aria-label]{margin-left:.3rem;text-decoration:none}"
            + "@media print{nav{break-after:page}a{color:inherit;text-decoration:none}}";
}
