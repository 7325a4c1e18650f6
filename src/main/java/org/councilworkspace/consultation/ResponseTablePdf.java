package org.councilworkspace.consultation;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.document.Run;

/**
 * The comment-response table of a round as PDF: per section, every comment (or a group's summary), its
 * answer and the change made, as the published table shows them. Names appear only where the submitter
 * consented: the table is built from {@link PublishedResults}, which has already left the others out.
 */
public final class ResponseTablePdf {

    private ResponseTablePdf() {
    }

    public static byte[] render(PublishedResults results, DocumentLocale l) {
        return PdfRenderer.render(document(results, l), PdfRenderer.Options.plain());
    }

    static CouncilDocument document(PublishedResults results, DocumentLocale l) {
        ConsultationRound round = results.round();
        String title = l.t("consultation.results.title", round.title());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "", title, null));
        blocks.add(Block.Paragraph.of(l.t("consultation.results.intro", round.planTitle(), round.versionLabel(),
                results.publishedAt() == null ? "—" : l.date(results.publishedAt()))));
        if (results.sections().isEmpty()) {
            blocks.add(Block.Paragraph.of(l.t("consultation.results.none")));
        }
        int n = 0;
        for (PublishedResults.Section section : results.sections()) {
            blocks.add(new Block.Heading(2, "", section.title() == null ? l.t("consultation.results.whole-plan")
                    : section.title(), null));
            List<Block.TableRow> rows = new ArrayList<>();
            List<Block.TableCell> header = new ArrayList<>();
            for (String key : List.of("number", "opinion", "disposition", "response", "change")) {
                header.add(Block.TableCell.of(l.t("consultation.results.column." + key)));
            }
            rows.add(new Block.TableRow(header));
            for (PublishedResults.Entry e : section.entries()) {
                n++;
                rows.add(new Block.TableRow(List.of(Block.TableCell.of(Integer.toString(n)),
                        new Block.TableCell(List.of(Run.bold(who(e, l) + "\n"), Run.plain(e.opinion()))),
                        Block.TableCell.of(e.disposition() == null ? ""
                                : l.t("consultation.Disposition." + e.disposition().name())),
                        Block.TableCell.of(e.reasoning() == null ? "" : e.reasoning()),
                        Block.TableCell.of(e.changeTitle() == null || e.changeHtml() == null
                                ? l.t("consultation.results.no-change")
                                : l.t("consultation.results.revision", e.changeTitle())))));
            }
            blocks.add(new Block.Table(1, rows));
        }
        return new CouncilDocument(l.languageTag(), title, null, round.planTitle() + " · " + round.versionLabel(),
                blocks);
    }

    private static String who(PublishedResults.Entry e, DocumentLocale l) {
        if (e.summary()) {
            return l.t("consultation.results.group", e.comments());
        }
        if (e.publishedName() != null) {
            return e.organizationName() == null ? e.publishedName() : e.publishedName() + " (" + e.organizationName() + ")";
        }
        return l.t("consultation.results.anonymous", l.t("OrganizationType." + e.organizationType().name()));
    }
}
