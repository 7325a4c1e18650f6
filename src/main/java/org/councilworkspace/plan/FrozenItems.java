package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.Html;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.Run;

/**
 * Items recorded with a version (measures) as the exports write them under their section: the heading, then each
 * item's title with its details as a list. What people typed is kept as typed and, in HTML, escaped.
 */
final class FrozenItems {

    private FrozenItems() {
    }

    /** One item as a Markdown list entry; details are single lines, nested one level. */
    static String markdown(FrozenItem item) {
        StringBuilder out = new StringBuilder("- **").append(item.title()).append("**\n");
        item.details().forEach(d -> out.append("  - ").append(d).append('\n'));
        return out.toString();
    }

    /** The section's items under their heading; nothing when the section has none. */
    static String html(String heading, List<FrozenItem> items, int level) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"frozen-items\"><h").append(level).append('>')
                .append(Html.escape(heading)).append("</h").append(level).append("><ul>");
        for (FrozenItem item : items) {
            out.append("<li><strong>").append(Html.escape(item.title())).append("</strong><ul>");
            item.details().forEach(d -> out.append("<li>").append(Html.escape(d)).append("</li>"));
            out.append("</ul></li>");
        }
        return out.append("</ul></div>").toString();
    }

    /** The section's items as document blocks: the heading in italics, then a list of items with their details. */
    static List<Block> blocks(String heading, List<FrozenItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Block.ListItem> entries = new ArrayList<>();
        for (FrozenItem item : items) {
            List<Block.ListItem> details = item.details().stream().map(FrozenItems::item).toList();
            entries.add(new Block.ListItem(List.of(new Block.Paragraph(List.of(Run.bold(item.title()))),
                    new Block.ListBlock(false, 1, details))));
        }
        return List.of(new Block.Paragraph(List.of(new Run(heading, true, true))),
                new Block.ListBlock(false, 1, entries));
    }

    /** Each feature's recorded items added, removed or changed, with the lines that went (−) and came (+). */
    static List<Block> changeBlocks(List<RecordChanges> all, DocumentLocale l) {
        List<Block> blocks = new ArrayList<>();
        for (RecordChanges group : all) {
            if (!group.recorded()) {
                continue;
            }
            blocks.add(new Block.Paragraph(List.of(new Run(group.heading(), true, false))));
            if (group.changes().isEmpty()) {
                blocks.add(Block.Paragraph.of(l.t("diff.no-changes")));
                continue;
            }
            List<Block.ListItem> entries = new ArrayList<>();
            for (FrozenItemChange c : group.changes()) {
                List<Block> entry = new ArrayList<>();
                entry.add(new Block.Paragraph(List.of(Run.plain(l.t("Kind." + c.kind().name()) + ": "),
                        Run.bold(c.title()))));
                if (c.kind() == FrozenItemChange.Kind.CHANGED) {
                    List<Block.ListItem> lines = new ArrayList<>();
                    c.removedLines().forEach(d -> lines.add(item("− " + d)));
                    c.addedLines().forEach(d -> lines.add(item("+ " + d)));
                    entry.add(new Block.ListBlock(false, 1, lines));
                }
                entries.add(new Block.ListItem(entry));
            }
            blocks.add(new Block.ListBlock(false, 1, entries));
        }
        return blocks;
    }

    private static Block.ListItem item(String text) {
        return new Block.ListItem(List.of(Block.Paragraph.of(text)));
    }
}
