package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.document.Run;

/**
 * The agenda as a PDF, and the meeting pack (the agenda, then the frozen text of every section it links to) as
 * one PDF. Each item lists the documents attached to it. Set with the app's own fonts, so Japanese and Thai are right on any machine.
 */
public final class AgendaPdf {

    private AgendaPdf() {
    }

    public static byte[] render(MeetingPack pack, PrintLabels l) {
        return PdfRenderer.render(document(pack, l, false), PdfRenderer.Options.plain());
    }

    /** The agenda followed by the texts up for discussion, each on a new page. */
    public static byte[] renderPack(MeetingPack pack, PrintLabels l) {
        return PdfRenderer.render(document(pack, l, true), PdfRenderer.Options.plain());
    }

    static CouncilDocument document(MeetingPack pack, PrintLabels l, boolean withDocuments) {
        Meeting m = pack.agenda().meeting();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "", m.title(), null));
        blocks.add(Block.Paragraph.of(m.councilName() + " · " + l.t("MeetingKind." + m.kind().name())));
        blocks.add(Block.Paragraph.of(l.t("meeting.time") + ": " + l.time().apply(m.startsAt()) + " – "
                + l.time().apply(m.endsAt())));
        if (m.place() != null) {
            blocks.add(Block.Paragraph.of(l.t("meeting.place") + ": " + m.place()));
        }
        if (m.onlineLink() != null) {
            blocks.add(Block.Paragraph.of(l.t("meeting.online-link") + ": " + m.onlineLink()));
        }
        if (m.planVersionLabel() != null) {
            blocks.add(Block.Paragraph.of(l.t("meeting.plan-version") + ": " + m.planVersionLabel()));
        }
        blocks.add(new Block.Heading(2, "", l.t("meeting.agenda"), null));
        blocks.add(table(pack, l));
        if (withDocuments) {
            for (MeetingPack.Document d : pack.documents()) {
                blocks.add(new Block.PageBreak());
                blocks.add(new Block.Heading(2, "", d.title(), null));
                blocks.addAll(MarkdownBlocks.parse(d.markdown(), 2));
            }
            blocks.addAll(PackAmendments.blocks(pack.amendments(), l));
        }
        return new CouncilDocument(l.languageTag(), m.title() + " · " + l.t("meeting.agenda"), null,
                m.title() + (m.planVersionLabel() == null ? "" : " · " + m.planVersionLabel()), blocks);
    }

    private static Block.Table table(MeetingPack pack, PrintLabels l) {
        Agenda agenda = pack.agenda();
        List<Block.TableRow> rows = new ArrayList<>();
        List<Block.TableCell> header = new ArrayList<>();
        for (String key : List.of("meeting.item.number", "meeting.item.title", "meeting.item.minutes",
                "meeting.item.presenter", "meeting.item.purpose")) {
            header.add(Block.TableCell.of(l.t(key)));
        }
        rows.add(new Block.TableRow(header));
        int n = 1;
        for (AgendaItem item : agenda.items()) {
            List<Run> title = new ArrayList<>(List.of(Run.plain(item.title())));
            if (item.linkTitle() != null) {
                title.add(new Run("\n" + l.t("AgendaLinkKind." + item.link().kind().name()) + ": " + item.linkTitle(),
                        false, true));
            }
            for (MeetingDocument d : pack.documentsOf(item.id())) {
                title.add(new Run("\n" + l.t("meeting.item.document") + ": " + d.title() + " (" + d.fileName() + ")",
                        false, true));
            }
            rows.add(new Block.TableRow(List.of(Block.TableCell.of(Integer.toString(n++)), new Block.TableCell(title),
                    Block.TableCell.of(Integer.toString(item.minutesAllotted())),
                    Block.TableCell.of(item.presenter() == null ? "" : item.presenter()),
                    Block.TableCell.of(l.t("AgendaPurpose." + item.purpose().name())))));
        }
        rows.add(new Block.TableRow(List.of(Block.TableCell.of(""),
                new Block.TableCell(List.of(Run.bold(l.t("meeting.agenda-total")))),
                new Block.TableCell(List.of(Run.bold(Integer.toString(agenda.totalMinutes())))),
                Block.TableCell.of(""), Block.TableCell.of(""))));
        return new Block.Table(1, rows);
    }
}
