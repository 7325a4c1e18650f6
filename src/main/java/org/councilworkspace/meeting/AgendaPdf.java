package org.councilworkspace.meeting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agenda as a PDF. Latin text uses the built-in Helvetica; Japanese and Thai use system fonts where they
 * are installed (Noto CJK, Thai TLWG or Noto Thai). Without them those characters are left out, but the PDF is
 * still made: the print-friendly HTML is the primary printable form.
 */
public final class AgendaPdf {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaPdf.class);
    private static final List<String> FALLBACK_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
            "/usr/share/fonts/truetype/tlwg/Garuda.ttf",
            "/usr/share/fonts/truetype/tlwg/Loma.ttf");
    private static volatile List<BaseFont> fallbacks;

    private AgendaPdf() {
    }

    public static byte[] render(MeetingPack pack, PrintLabels l) {
        return render(pack, l, fallbacks());
    }

    /** With the given fonts beyond Helvetica (none: as on a system without Japanese or Thai fonts). */
    static byte[] render(MeetingPack pack, PrintLabels l, List<BaseFont> fonts) {
        Meeting m = pack.agenda().meeting();
        Fonts f = new Fonts(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(m.title());
            document.open();
            document.add(new Paragraph(f.phrase(m.title(), 16, Font.BOLD)));
            document.add(new Paragraph(f.phrase(m.councilName() + " · " + l.t("MeetingKind." + m.kind().name()), 10,
                    Font.NORMAL)));
            document.add(new Paragraph(f.phrase(l.t("meeting.time") + ": " + l.time().apply(m.startsAt()) + " – "
                    + l.time().apply(m.endsAt()), 10, Font.NORMAL)));
            if (m.place() != null) {
                document.add(new Paragraph(f.phrase(l.t("meeting.place") + ": " + m.place(), 10, Font.NORMAL)));
            }
            if (m.onlineLink() != null) {
                document.add(new Paragraph(f.phrase(l.t("meeting.online-link") + ": " + m.onlineLink(), 10,
                        Font.NORMAL)));
            }
            if (m.planVersionLabel() != null) {
                document.add(new Paragraph(f.phrase(l.t("meeting.plan-version") + ": " + m.planVersionLabel(), 10,
                        Font.NORMAL)));
            }
            Paragraph heading = new Paragraph(f.phrase(l.t("meeting.agenda"), 13, Font.BOLD));
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(6);
            document.add(heading);
            document.add(table(pack.agenda(), l, f));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Agenda PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Agenda agenda, PrintLabels l, Fonts f) {
        PdfPTable table = new PdfPTable(new float[] {1, 9, 2, 4, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("meeting.item.number", "meeting.item.title", "meeting.item.minutes",
                "meeting.item.presenter", "meeting.item.purpose")) {
            table.addCell(cell(f, l.t(key), Font.BOLD));
        }
        int n = 1;
        for (AgendaItem item : agenda.items()) {
            table.addCell(cell(f, Integer.toString(n++), Font.NORMAL));
            String title = item.linkTitle() == null ? item.title()
                    : item.title() + "\n" + l.t("AgendaLinkKind." + item.link().kind().name()) + ": " + item.linkTitle();
            table.addCell(cell(f, title, Font.NORMAL));
            PdfPCell minutes = cell(f, Integer.toString(item.minutesAllotted()), Font.NORMAL);
            minutes.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(minutes);
            table.addCell(cell(f, item.presenter() == null ? "" : item.presenter(), Font.NORMAL));
            table.addCell(cell(f, l.t("AgendaPurpose." + item.purpose().name()), Font.NORMAL));
        }
        table.addCell(cell(f, "", Font.NORMAL));
        table.addCell(cell(f, l.t("meeting.agenda-total"), Font.BOLD));
        PdfPCell total = cell(f, Integer.toString(agenda.totalMinutes()), Font.BOLD);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        table.addCell(cell(f, "", Font.NORMAL));
        table.addCell(cell(f, "", Font.NORMAL));
        return table;
    }

    private static PdfPCell cell(Fonts f, String text, int style) {
        PdfPCell cell = new PdfPCell(f.phrase(text, 10, style));
        cell.setPadding(4);
        return cell;
    }

    /** Text in the first font that has each character, so mixed Latin, Japanese and Thai lines all show. */
    private record Fonts(List<BaseFont> fallbacks) {

        Phrase phrase(String text, float size, int style) {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(Font.HELVETICA, size, style));
            for (BaseFont font : fallbacks) {
                selector.addFont(new Font(font, size, style));
            }
            Phrase phrase = selector.process(text == null ? "" : text);
            return phrase == null ? new Phrase("") : phrase;
        }
    }

    /** How many fonts beyond Helvetica were found on this system. */
    static int fallbackFontCount() {
        return fallbacks().size();
    }

    private static List<BaseFont> fallbacks() {
        List<BaseFont> fonts = fallbacks;
        if (fonts == null) {
            synchronized (AgendaPdf.class) {
                if (fallbacks == null) {
                    fallbacks = load();
                }
                fonts = fallbacks;
            }
        }
        return fonts;
    }

    private static List<BaseFont> load() {
        List<BaseFont> fonts = new ArrayList<>();
        for (String spec : FALLBACK_FONTS) {
            String file = spec.contains(",") ? spec.substring(0, spec.indexOf(',')) : spec;
            if (!Files.isReadable(Path.of(file))) {
                continue;
            }
            try {
                fonts.add(BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            } catch (Exception | LinkageError e) {
                LOG.warn("Font {} not usable for PDF agendas: {}", spec, e.toString());
            }
        }
        return List.copyOf(fonts);
    }
}
