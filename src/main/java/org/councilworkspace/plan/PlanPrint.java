package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.Run;
import org.councilworkspace.document.TitlePage;

/**
 * A plan (a frozen version or the current draft) as a circulated document: title page, contents, the numbered
 * sections with their text, and the minority opinions annex. Labels are in the document's language.
 */
final class PlanPrint {

    /** One section as printed: its number and title, its depth in the outline and its Markdown text. */
    record PrintedSection(long sectionId, String number, String title, int depth, String body) {
    }

    /** What the title page says besides the plan's own fields. */
    record Edition(String council, String versionLabel, String date) {
    }

    private PlanPrint() {
    }

    /** A frozen version's sections as printed. */
    static List<PrintedSection> sections(FrozenVersion v) {
        return v.sections().stream().map(s -> new PrintedSection(s.sectionId(), s.number(), s.title(), s.depth(),
                s.body())).toList();
    }

    static CouncilDocument document(Plan plan, Edition edition, List<PrintedSection> sections,
                                    List<PlanDeclaration> declarations, List<AnnexEntry> annex, DocumentLocale l) {
        return document(plan, edition, sections, declarations, annex, List.of(), Map.of(), l);
    }

    /**
     * With what other features recorded with the version (its measures) under the sections they belong to, and
     * the kept pictures the sections show, by id (see {@link PlanImages#referencedIn}).
     */
    static CouncilDocument document(Plan plan, Edition edition, List<PrintedSection> sections,
                                    List<PlanDeclaration> declarations, List<AnnexEntry> annex,
                                    List<VersionRecords> records, Map<Long, PlanImage> images, DocumentLocale l) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.TableOfContents(l.t("document.contents")));
        Map<Long, Block.Image> pictures = new HashMap<>();
        Function<String, Block.Image> picture = destination -> {
            Long id = PlanImages.idOf(destination);
            PlanImage image = id == null ? null : images.get(id);
            return image == null ? null
                    : pictures.computeIfAbsent(id, k -> Block.Image.of(image.content(), image.altText()));
        };
        for (PrintedSection s : sections) {
            int level = Math.min(Math.max(s.depth(), 1), 5);
            blocks.add(new Block.Heading(level, s.number(), s.title(), "s" + s.sectionId()));
            blocks.addAll(MarkdownBlocks.parse(s.body(), level, picture));
            records.forEach(r -> blocks.addAll(FrozenItems.blocks(r.heading(), r.ofSection(s.sectionId()))));
        }
        if (!declarations.isEmpty()) {
            blocks.add(new Block.PageBreak());
            blocks.add(new Block.Heading(1, "", l.t("document.declarations"), "declarations"));
            int n = 1;
            for (PlanDeclaration d : declarations) {
                blocks.add(new Block.Heading(2, "", d.subject(), "declaration-" + n++));
                String by = l.t(d.overObjections() ? "document.declaration.over" : "document.declaration.by",
                        d.declaredBy()) + (d.declaredAt() == null ? "" : " · " + l.date(d.declaredAt()));
                blocks.add(new Block.Paragraph(List.of(new Run(by, false, true))));
                blocks.addAll(MarkdownBlocks.parse(d.summary(), 2));
            }
        }
        if (!annex.isEmpty()) {
            blocks.add(new Block.PageBreak());
            blocks.add(new Block.Heading(1, "", l.t("document.annex"), "annex"));
            int n = 1;
            for (AnnexEntry e : annex) {
                String who = e.organization().isBlank() ? e.member() : e.member() + " (" + e.organization() + ")";
                String subject = e.subject() == null ? l.t("document.annex.whole-plan") : e.subject();
                blocks.add(new Block.Heading(2, "", subject + " — " + who, "annex-" + n++));
                String kind = "OBJECT".equals(e.kind()) ? l.t("document.annex.objection")
                        : "AGREE_WITH_RESERVATIONS".equals(e.kind()) ? l.t("document.annex.reservation") : e.kind();
                blocks.add(new Block.Paragraph(List.of(new Run(kind + " · " + l.t(e.confirmedByMember()
                        ? "document.annex.confirmed" : "document.annex.unconfirmed"), false, true))));
                blocks.addAll(MarkdownBlocks.parse(e.text(), 2));
            }
        }
        String cycle = l.t("document.cycle", plan.cycle())
                + (plan.nationalPlan() == null ? "" : " · " + l.t("document.aligned", plan.nationalPlan()));
        TitlePage title = new TitlePage(edition.council(), plan.title(), cycle, edition.versionLabel(),
                edition.date(), l.t("document.status." + plan.status().name()));
        return new CouncilDocument(l.languageTag(), plan.title() + " — " + edition.versionLabel(), title,
                plan.title() + " · " + edition.versionLabel(), blocks);
    }
}
