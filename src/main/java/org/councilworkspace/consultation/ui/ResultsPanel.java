package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.consultation.ConsultationExports;
import org.councilworkspace.consultation.ConsultationStatistics;
import org.councilworkspace.consultation.ResponseTableDocx;
import org.councilworkspace.consultation.ResponseTablePdf;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundStatistics;
import org.councilworkspace.document.ui.PdfLink;
import org.councilworkspace.wordexport.ui.DocxLink;
import org.councilworkspace.consultation.SvgBarChart;

/** Exports of the round as CSV, XLSX and the comment-response table as PDF, and its statistics as server-rendered charts. */
class ResultsPanel extends Div {

    private static final String CSV = "text/csv; charset=utf-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    ResultsPanel(long roundId, String fileBase, ConsultationExports exports, ReviewService review,
                 ConsultationStatistics statistics) {
        setWidthFull();
        // Captured now: the file is written when the link is followed, outside this page's request.
        Locale reader = getLocale();
        ZoneId zone = UserZone.zone();
        Anchor csv = download(fileBase + ".csv", CSV, out -> exports.writeCsvForPeople(roundId, reader, zone, out),
                getTranslation("consultation.export.csv"));
        csv.setId("export-csv");
        Anchor xlsx = download(fileBase + ".xlsx", XLSX, out -> exports.writeXlsxForPeople(roundId, reader, zone, out),
                getTranslation("consultation.export.xlsx"));
        xlsx.setId("export-xlsx");
        // The table as it is or would be published, for the secretariat to check or circulate.
        Anchor pdf = PdfLink.create("export-responses-pdf", fileBase + "-responses.pdf",
                getTranslation("document.download.responses-pdf"),
                locale -> ResponseTablePdf.render(review.preview(roundId), locale));
        Anchor docx = DocxLink.ofBytes("export-responses-docx", fileBase + "-responses.docx",
                getTranslation("document.download.responses-docx"),
                locale -> ResponseTableDocx.render(review.preview(roundId), locale));
        Anchor dataCsv = download(fileBase + "-data.csv", CSV, out -> exports.writeCsv(roundId, out),
                getTranslation("consultation.export.data-csv"));
        dataCsv.setId("export-data-csv");
        Anchor dataXlsx = download(fileBase + "-data.xlsx", XLSX, out -> exports.writeXlsx(roundId, out),
                getTranslation("consultation.export.data-xlsx"));
        dataXlsx.setId("export-data-xlsx");
        Paragraph dataHelp = new Paragraph(getTranslation("consultation.export.data-help"));
        dataHelp.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H3(getTranslation("consultation.export.title")), new HorizontalLayout(csv, xlsx, pdf, docx),
                new HorizontalLayout(dataCsv, dataXlsx), dataHelp);
        add(charts(statistics.statistics(roundId)));
    }

    static Div charts(RoundStatistics stats) {
        Div charts = new Div();
        charts.setId("round-statistics");
        List<SvgBarChart.Bar> types = new ArrayList<>();
        stats.byType().forEach((t, n) -> types.add(new SvgBarChart.Bar(Translations.label(t), n)));
        List<SvgBarChart.Bar> sections = new ArrayList<>();
        stats.bySection().forEach(s -> sections.add(new SvgBarChart.Bar(s.title() == null
                ? Translations.t("consultation.results.whole-plan") : s.title(), s.count())));
        List<SvgBarChart.Bar> dispositions = new ArrayList<>();
        stats.byDisposition().forEach((d, n) -> dispositions.add(new SvgBarChart.Bar(Labels.of(d), n)));
        if (stats.unanswered() > 0) {
            dispositions.add(new SvgBarChart.Bar(Translations.t("consultation.unanswered"), stats.unanswered()));
        }
        for (Map.Entry<String, List<SvgBarChart.Bar>> chart : List.of(
                Map.entry(Translations.t("consultation.stats.by-type"), types),
                Map.entry(Translations.t("consultation.stats.by-section"), sections),
                Map.entry(Translations.t("consultation.stats.by-disposition"), dispositions))) {
            Div svg = new Div();
            svg.addClassName("cw-chart");
            // Every label in the SVG is escaped by SvgBarChart; the rest is its own fixed markup.
            svg.getElement().setProperty("innerHTML", SvgBarChart.render(chart.getKey(), chart.getValue()));
            charts.add(svg);
        }
        return charts;
    }

    interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    private static Anchor download(String fileName, String type, Writer writer, String label) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(type);
            try (var out = event.getOutputStream()) {
                writer.write(out);
            }
        }, label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
