package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.Run;
import org.councilworkspace.plan.text.DiffSegment;

/**
 * Two versions as the old | new table (新旧対照表): one row for each section that was added, removed, moved, renamed
 * or changed, the earlier version on the left and the later on the right, each side's Markdown rendered with the
 * words that differ marked (bold and underlined). The marks are placed on the Markdown source the word diff compared,
 * so they land on the very words whatever formatting surrounds them.
 */
final class PlanComparison {

    private PlanComparison() {
    }

    static CouncilDocument document(FrozenVersion from, FrozenVersion to, List<SectionChange> changes,
                                    List<RecordChanges> itemChanges, DocumentLocale l) {
        String title = l.t("docx.comparison-title", from.info().label(), to.info().label());
        List<Block.SideRow> rows = changes.stream().filter(c -> c.kind() != SectionChange.Kind.UNCHANGED)
                .map(c -> new Block.SideRow(side(c, true, l), side(c, false, l))).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "", title, null));
        blocks.add(Block.Paragraph.of(to.plan().title()));
        if (rows.isEmpty()) {
            blocks.add(Block.Paragraph.of(l.t("diff.no-changes")));
        } else {
            blocks.add(new Block.SideBySide(l.t("docx.comparison-old", from.info().label()),
                    l.t("docx.comparison-new", to.info().label()), rows));
        }
        blocks.addAll(FrozenItems.changeBlocks(itemChanges, l));
        return new CouncilDocument(l.languageTag(), to.plan().title() + " — " + title, null,
                to.plan().title() + " · " + title, blocks);
    }

    /** One side of a row: the section's title and text in that version, or a note that it is not there. */
    private static List<Block> side(SectionChange c, boolean old, DocumentLocale l) {
        VersionSection s = old ? c.before() : c.after();
        if (s == null) {
            return List.of(new Block.Paragraph(List.of(new Run(l.t(old ? "comparison.not-before"
                    : "comparison.not-after"), false, true))));
        }
        List<Block> blocks = new ArrayList<>();
        Run title = Run.bold(s.numberedTitle());
        boolean whole = old ? c.after() == null : c.before() == null;
        blocks.add(new Block.Paragraph(List.of(whole || c.renamed() ? title.marked() : title)));
        if (c.diff().isEmpty()) {
            blocks.addAll(MarkdownBlocks.parse(s.body(), 0, new BitSet()));
            return blocks;
        }
        DiffSegment.Kind own = old ? DiffSegment.Kind.DELETED : DiffSegment.Kind.INSERTED;
        StringBuilder text = new StringBuilder();
        BitSet marked = new BitSet();
        for (DiffSegment d : c.diff()) {
            if (d.kind() != DiffSegment.Kind.EQUAL && d.kind() != own) {
                continue;
            }
            for (int i = 0; i < d.text().length(); i++) {
                // Spaces are not words: a mark under them would join changed words into one bar.
                if (d.kind() == own && !Character.isWhitespace(d.text().charAt(i))) {
                    marked.set(text.length() + i);
                }
            }
            text.append(d.text());
        }
        blocks.addAll(MarkdownBlocks.parse(text.toString(), 0, marked));
        return blocks;
    }
}
