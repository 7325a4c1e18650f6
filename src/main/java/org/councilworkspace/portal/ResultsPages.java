package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.PublishedResults;
import org.councilworkspace.document.DocumentLocale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A round's published results: the comment-response table with each answer's change, the text compared, and the
 * table as CSV, spreadsheet and PDF. The files hold exactly what the page shows (names only with consent, never an e-mail address), unlike
 * the secretariat's export.
 */
@Controller
class ResultsPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PortalPages pages;
    private final PublicConsultation consultation;

    ResultsPages(PortalPages pages, PublicConsultation consultation) {
        this.pages = pages;
        this.consultation = consultation;
    }

    @GetMapping("/public/{lang:en|ja|th}/consultations/{id:\\d+}/results")
    String results(@PathVariable String lang, @PathVariable long id, Model model, HttpServletResponse response) {
        PublishedResults results = consultation.results(id);
        Texts t = pages.texts(lang);
        pages.page(model, lang, "/consultations/" + id + "/results",
                t.get("consultation.results.title", results.round().title()), response, results.publishedAt());
        model.addAttribute("results", results);
        model.addAttribute("history", ConsultationPages.historyLines(t, consultation.publicHistory(id)));
        String files = "/public/" + lang + "/consultations/" + id + "/results.";
        model.addAttribute("csv", files + "csv");
        model.addAttribute("xlsx", files + "xlsx");
        model.addAttribute("pdf", files + "pdf");
        return "portal/results";
    }

    @GetMapping("/public/{lang:en|ja|th}/consultations/{id:\\d+}/results.csv")
    ResponseEntity<String> csv(@PathVariable String lang, @PathVariable long id) {
        PublishedResults results = consultation.results(id);
        Texts t = pages.texts(lang);
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(t.get("consultation.results.column.number"), t.get("consultation.form.section"),
                t.get("consultation.results.column.opinion"), t.get("consultation.form.name"),
                t.get("consultation.form.organization"), t.get("consultation.results.column.disposition"),
                t.get("consultation.results.column.response"), t.get("consultation.results.column.change")));
        int n = 0;
        for (PublishedResults.Section section : results.sections()) {
            String title = section.title() == null ? t.get("consultation.results.whole-plan") : section.title();
            for (PublishedResults.Entry e : section.entries()) {
                line(out, List.of(Integer.toString(++n), title, e.opinion(),
                        e.summary() ? t.get("consultation.results.group", e.comments())
                                : e.publishedName() == null ? t.get("consultation.results.anonymous", t.of(e.organizationType()))
                                : e.publishedName(),
                        e.publishedName() == null || e.organizationName() == null ? "" : e.organizationName(),
                        t.of(e.disposition()), e.reasoning() == null ? "" : e.reasoning(),
                        e.changeTitle() == null ? t.get("consultation.results.no-change") : e.changeTitle()));
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"results-" + id + ".csv\"")
                .body(out.toString());
    }

    @GetMapping("/public/{lang:en|ja|th}/consultations/{id:\\d+}/results.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable long id) {
        return file(consultation.resultsPdf(id, reader(lang)), MediaType.APPLICATION_PDF, "inline", id, lang, "pdf");
    }

    @GetMapping("/public/{lang:en|ja|th}/consultations/{id:\\d+}/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String lang, @PathVariable long id) {
        return file(consultation.resultsXlsx(id, reader(lang)), XLSX, "attachment", id, lang, "xlsx");
    }

    private DocumentLocale reader(String lang) {
        return new DocumentLocale(PortalLanguage.of(lang).locale(), pages.zone());
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String disposition, long id, String lang,
                                               String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition + "; filename=\"results-" + id + "-" + lang + "." + extension + "\"")
                .body(body);
    }

    /** RFC 4180, and a cell a spreadsheet would run as a formula starts with an apostrophe. */
    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            out.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
