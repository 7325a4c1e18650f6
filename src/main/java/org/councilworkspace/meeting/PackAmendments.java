package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.Html;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.Run;
import org.councilworkspace.plan.text.DiffSegment;

/**
 * The amendments part of the meeting pack, for the PDF and the HTML page alike: per amendment the passage as it
 * stands and as proposed (changed words in bold, or struck and underlined on the page), the reason, the proposer,
 * support and opposition with the supporters' names and stakeholder groups, and the state. Labels in the council's
 * language.
 */
final class PackAmendments {

    private PackAmendments() {
    }

    static List<Block> blocks(List<MeetingPack.AmendmentText> amendments, PrintLabels l) {
        List<Block> blocks = new ArrayList<>();
        if (amendments.isEmpty()) {
            return blocks;
        }
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Heading(2, "", l.t("meeting.pack.amendments"), null));
        for (MeetingPack.AmendmentText a : amendments) {
            blocks.add(new Block.Heading(3, "", heading(a, l), null));
            blocks.add(Block.Paragraph.of(facts(a, l)));
            blocks.add(wording(l.t("meeting.pack.current-wording"), a.changes(), DiffSegment.Kind.DELETED));
            blocks.add(wording(l.t("meeting.pack.proposed-wording"), a.changes(), DiffSegment.Kind.INSERTED));
            blocks.add(new Block.Paragraph(List.of(Run.bold(l.t("meeting.pack.reason") + ": "),
                    Run.plain(a.rationale() == null ? "" : a.rationale()))));
            if (!a.supporters().isEmpty()) {
                blocks.add(new Block.Paragraph(List.of(Run.bold(l.t("meeting.pack.supported-by") + ":"))));
                blocks.add(new Block.ListBlock(false, 1, a.supporters().stream()
                        .map(s -> new Block.ListItem(List.of(Block.Paragraph.of(supporter(s, l))))).toList()));
            }
        }
        return blocks;
    }

    static String html(List<MeetingPack.AmendmentText> amendments, PrintLabels l) {
        if (amendments.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"document\"><h2>")
                .append(Html.escape(l.t("meeting.pack.amendments"))).append("</h2>");
        for (MeetingPack.AmendmentText a : amendments) {
            html.append("<h3>").append(Html.escape(heading(a, l))).append("</h3><p class=\"meta\">")
                    .append(Html.escape(facts(a, l))).append("</p><p><strong>")
                    .append(Html.escape(l.t("meeting.pack.proposed-wording"))).append(":</strong><br>");
            for (DiffSegment s : a.changes()) {
                String text = Html.escape(s.text());
                html.append(switch (s.kind()) {
                    case EQUAL -> text;
                    case INSERTED -> "<ins>" + text + "</ins>";
                    case DELETED -> "<del>" + text + "</del>";
                });
            }
            html.append("</p><p><strong>").append(Html.escape(l.t("meeting.pack.reason"))).append(":</strong> ")
                    .append(Html.escape(a.rationale() == null ? "" : a.rationale())).append("</p>");
            if (!a.supporters().isEmpty()) {
                html.append("<p><strong>").append(Html.escape(l.t("meeting.pack.supported-by")))
                        .append(":</strong></p><ul class=\"supporters\">");
                a.supporters().forEach(s -> html.append("<li>").append(Html.escape(supporter(s, l))).append("</li>"));
                html.append("</ul>");
            }
        }
        return html.append("</section>").toString();
    }

    /** "高橋 健 — 省庁（経済産業省）": the name, then the stakeholder group and organization while a member. */
    static String supporter(MeetingPack.Supporter s, PrintLabels l) {
        if (s.group() == null) {
            return s.name();
        }
        String group = l.t("StakeholderGroup." + s.group());
        return s.name() + " — " + (s.organization() == null || s.organization().isBlank() ? group
                : group + " (" + s.organization() + ")");
    }

    private static String heading(MeetingPack.AmendmentText a, PrintLabels l) {
        return l.t("meeting.pack.amendment") + " #" + a.amendmentId() + " · " + a.sectionTitle();
    }

    private static String facts(MeetingPack.AmendmentText a, PrintLabels l) {
        return l.t("meeting.pack.proposer") + ": " + a.proposerName() + " · " + l.t("meeting.pack.status") + ": "
                + l.t("amendment.state." + a.state()) + " · " + l.t("meeting.pack.supports") + ": " + a.supports()
                + " · " + l.t("meeting.pack.opposes") + ": " + a.opposes();
    }

    /** One side of the passage: the unchanged words and those on this side, the latter in bold. */
    private static Block wording(String label, List<DiffSegment> changes, DiffSegment.Kind side) {
        List<Run> runs = new ArrayList<>(List.of(Run.bold(label + ": ")));
        for (DiffSegment s : changes) {
            if (s.kind() == DiffSegment.Kind.EQUAL) {
                runs.add(Run.plain(s.text()));
            } else if (s.kind() == side) {
                runs.add(Run.bold(s.text()));
            }
        }
        return new Block.Paragraph(runs);
    }
}
