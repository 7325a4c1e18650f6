package org.councilworkspace.plan;

import org.councilworkspace.plan.text.MarkdownRenderer;
import org.councilworkspace.base.Html;

/** A frozen version as a document: Markdown, or a standalone printable HTML page with a table of contents. */
final class PlanDocument {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private PlanDocument() {
    }

    static String markdown(FrozenVersion v, java.util.List<AnnexEntry> annex) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(v.plan().title()).append("\n\n");
        out.append(v.plan().cycle()).append(" · ").append(v.info().label()).append(" (").append(v.info().number())
                .append(")\n\n");
        if (v.plan().nationalPlan() != null) {
            out.append("Aligned with: ").append(v.plan().nationalPlan()).append("\n\n");
        }
        out.append("## Contents\n\n");
        for (VersionSection s : v.sections()) {
            out.append("  ".repeat(s.depth() - 1)).append("- ").append(s.numberedTitle()).append('\n');
        }
        out.append('\n');
        for (VersionSection s : v.sections()) {
            out.append("#".repeat(Math.min(s.depth() + 1, 6))).append(' ').append(s.numberedTitle()).append("\n\n");
            if (!s.body().isBlank()) {
                out.append(s.body().strip()).append("\n\n");
            }
        }
        if (!annex.isEmpty()) {
            out.append("## Annex: minority opinions\n\n");
            for (AnnexEntry e : annex) {
                out.append("### ").append(e.subject()).append(" — ").append(e.member()).append(" (")
                        .append(e.organization()).append(")\n\n").append(e.kind())
                        .append(e.confirmedByMember() ? ", wording confirmed by the member" : ", wording not yet confirmed")
                        .append("\n\n").append(e.text().strip()).append("\n\n");
            }
        }
        return out.toString();
    }

    static String html(FrozenVersion v, java.util.List<AnnexEntry> annex) {
        StringBuilder toc = new StringBuilder("<nav aria-label=\"Contents\"><h2>Contents</h2><ol class=\"toc\">");
        StringBuilder body = new StringBuilder();
        for (VersionSection s : v.sections()) {
            String anchor = "s" + s.sectionId();
            toc.append("<li class=\"d").append(s.depth()).append("\"><a href=\"#").append(anchor).append("\">")
                    .append(esc(s.numberedTitle())).append("</a></li>");
            int level = Math.min(s.depth() + 1, 6);
            body.append("<section id=\"").append(anchor).append("\"><h").append(level).append('>')
                    .append(esc(s.numberedTitle())).append("</h").append(level).append('>')
                    .append(MARKDOWN.toSafeHtml(s.body())).append("</section>");
        }
        if (!annex.isEmpty()) {
            toc.append("<li class=\"d1\"><a href=\"#annex\">Annex: minority opinions</a></li>");
            body.append("<section id=\"annex\"><h2>Annex: minority opinions</h2>");
            for (AnnexEntry e : annex) {
                body.append("<article class=\"minority\"><h3>").append(esc(e.subject())).append(" — ")
                        .append(esc(e.member())).append(" (").append(esc(e.organization())).append(")</h3><p><em>")
                        .append(esc(e.kind())).append(e.confirmedByMember() ? ", wording confirmed by the member"
                                : ", wording not yet confirmed").append("</em></p>")
                        .append(MARKDOWN.toSafeHtml(e.text())).append("</article>");
            }
            body.append("</section>");
        }
        toc.append("</ol></nav>");
        String title = esc(v.plan().title());
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " · "
                + esc(v.info().label()) + "</title><style>" + STYLE + "</style></head><body><header><h1>" + title
                + "</h1><p>" + esc(v.plan().cycle()) + " · " + esc(v.info().label()) + " (" + v.info().number() + ")"
                + (v.plan().nationalPlan() == null ? "" : " · " + esc(v.plan().nationalPlan())) + "</p></header>"
                + toc + "<main>" + body + "</main></body></html>";
    }

    private static String esc(String text) {
        return Html.escape(text);
    }

    private static final String STYLE = "body{font-family:'Noto Sans','Noto Sans JP','Noto Sans Thai',sans-serif;"
            + "max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a2433}"
            + "h1{font-size:1.8rem}h2{font-size:1.4rem}h3{font-size:1.2rem}h4{font-size:1.05rem}"
            + ".toc{list-style:none;padding:0}.toc .d2{padding-left:1.5rem}.toc .d3{padding-left:3rem}"
            + "table{border-collapse:collapse}td,th{border:1px solid #889;padding:.25rem .5rem}"
            + "section{break-inside:avoid-page}@media print{nav{break-after:page}a{color:inherit;text-decoration:none}}";
}
