package org.councilworkspace.meeting;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.document.Run;

/**
 * The minutes as a PDF, exactly as far as the reader may see them (the service decides): the summary, and when
 * the full minutes are visible each agenda item's notes, decisions and action items. Notes are shown as typed.
 */
public final class MinutesPdf {

    private MinutesPdf() {
    }

    public static byte[] render(Minutes minutes, PrintLabels l) {
        return PdfRenderer.render(document(minutes, l), PdfRenderer.Options.plain());
    }

    static CouncilDocument document(Minutes minutes, PrintLabels l) {
        Meeting m = minutes.meeting();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "", l.t("meeting.minutes") + ": " + m.title(), null));
        blocks.add(Block.Paragraph.of(m.councilName() + " · " + l.t("MeetingKind." + m.kind().name())));
        blocks.add(Block.Paragraph.of(l.t("meeting.time") + ": " + l.time().apply(m.startsAt()) + " – "
                + l.time().apply(m.endsAt())));
        blocks.add(Block.Paragraph.of(format(l, "meeting.minutes-status", l.t("MinutesStatus." + m.minutesStatus().name()))
                + (minutes.version() > 0 ? " · v" + minutes.version() : "")));
        if (m.minutesSummary() != null) {
            blocks.add(new Block.Heading(2, "", l.t("meeting.minutes-summary"), null));
            typed(m.minutesSummary(), blocks);
        }
        if (!minutes.full()) {
            blocks.add(Block.Paragraph.of(l.t(m.minutesStatus().summaryPublic() ? "meeting.minutes-full-later"
                    : "meeting.minutes-not-released")));
        } else {
            int n = 1;
            for (AgendaItem item : minutes.items()) {
                blocks.add(new Block.Heading(2, Integer.toString(n++), item.title(), null));
                if (item.notes() != null) {
                    typed(item.notes(), blocks);
                }
                items(l.t("meeting.decisions"), minutes.decisions().stream().filter(d -> d.agendaItemId() == item.id())
                        .map(d -> d.text()).toList(), blocks);
                items(l.t("meeting.action-items"), minutes.actionItems().stream()
                        .filter(a -> a.agendaItemId() == item.id())
                        .map(a -> a.text() + " — " + a.ownerName() + (a.dueDate() == null ? ""
                                : ", " + format(l, "meeting.action-due-on", date(a.dueDate(), l))) + " ("
                                + l.t("ActionStatus." + a.status().name()) + ")").toList(), blocks);
            }
        }
        return new CouncilDocument(l.languageTag(), l.t("meeting.minutes") + ": " + m.title(), null,
                m.title() + " · " + l.t("meeting.minutes"), blocks);
    }

    /** Text a person typed: one paragraph per paragraph they wrote, line breaks kept. */
    private static void typed(String text, List<Block> blocks) {
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            blocks.add(Block.Paragraph.of(paragraph));
        }
    }

    private static void items(String title, List<String> texts, List<Block> blocks) {
        if (texts.isEmpty()) {
            return;
        }
        blocks.add(new Block.Paragraph(List.of(Run.bold(title))));
        blocks.add(new Block.ListBlock(false, 1, texts.stream()
                .map(t -> new Block.ListItem(List.of(Block.Paragraph.of(t)))).toList()));
    }

    private static String format(PrintLabels l, String key, String arg) {
        return new MessageFormat(l.t(key), Locale.forLanguageTag(l.languageTag())).format(new Object[] {arg});
    }

    private static String date(LocalDate date, PrintLabels l) {
        return new DocumentLocale(Locale.forLanguageTag(l.languageTag()), ZoneOffset.UTC).date(date);
    }
}
