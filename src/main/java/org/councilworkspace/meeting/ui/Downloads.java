package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.council.CouncilLanguage;
import org.councilworkspace.document.ui.ExportLink;
import org.councilworkspace.meeting.AgendaPdf;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingDocx;
import org.councilworkspace.meeting.MinutesPdf;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.PackHtml;
import org.councilworkspace.meeting.PrintLabels;

/**
 * Links that produce a file when followed: calendar entries, the printable meeting pack, the PDF agenda, pack and
 * minutes. They are the council's documents, so they are written in its language and calendar; the zone is the
 * reader's, captured now because the file is made later, outside this UI's thread.
 */
final class Downloads {

    private Downloads() {
    }

    static Anchor text(String fileName, String type, Supplier<String> content, String label) {
        return bytes(fileName, type + "; charset=utf-8", () -> content.get().getBytes(StandardCharsets.UTF_8), label,
                true);
    }

    /** The meeting pack as a print-friendly page, opened in a new tab. */
    static Anchor printable(AgendaService agendas, long meetingId, CouncilLanguage language) {
        PrintLabels labels = PrintLabels.of(language, UserZone.zone());
        Anchor anchor = bytes("meeting-" + meetingId + "-pack.html", "text/html; charset=utf-8",
                () -> PackHtml.render(agendas.pack(meetingId), labels).getBytes(StandardCharsets.UTF_8),
                UI.getCurrent().getTranslation("meeting.download-pack"), false);
        anchor.setTarget("_blank");
        anchor.setId("download-pack");
        return anchor;
    }

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static Anchor pdf(AgendaService agendas, long meetingId, CouncilLanguage language) {
        return document("download-pdf", "meeting-" + meetingId + "-agenda.pdf", PDF, "meeting.download-pdf", language,
                labels -> AgendaPdf.render(agendas.pack(meetingId), labels));
    }

    /** The agenda and the texts up for discussion, as one PDF. */
    static Anchor packPdf(AgendaService agendas, long meetingId, CouncilLanguage language) {
        return document("download-pack-pdf", "meeting-" + meetingId + "-pack.pdf", PDF, "document.download.pack-pdf",
                language, labels -> AgendaPdf.renderPack(agendas.pack(meetingId), labels));
    }

    /** The meeting pack as a Word file, beside its PDF. */
    static Anchor packDocx(AgendaService agendas, long meetingId, CouncilLanguage language) {
        return document("download-pack-docx", "meeting-" + meetingId + "-pack.docx", DOCX,
                "document.download.pack-docx", language, labels -> MeetingDocx.pack(agendas.pack(meetingId), labels));
    }

    /** The minutes as far as the reader may see them, as PDF. */
    static Anchor minutesPdf(MinutesService minutes, long meetingId, CouncilLanguage language) {
        return document("download-minutes-pdf", "meeting-" + meetingId + "-minutes.pdf", PDF,
                "document.download.minutes-pdf", language, labels -> MinutesPdf.render(minutes.minutes(meetingId), labels));
    }

    /** The agenda as a Word file, for ministries that mark it up. */
    static Anchor agendaDocx(AgendaService agendas, long meetingId, CouncilLanguage language) {
        return document("download-agenda-docx", "meeting-" + meetingId + "-agenda.docx", DOCX,
                "document.download.agenda-docx", language, labels -> MeetingDocx.agenda(agendas.pack(meetingId), labels));
    }

    /** The minutes as far as the reader may see them, as a Word file. */
    static Anchor minutesDocx(MinutesService minutes, long meetingId, CouncilLanguage language) {
        return document("download-minutes-docx", "meeting-" + meetingId + "-minutes.docx", DOCX,
                "document.download.minutes-docx", language,
                labels -> MeetingDocx.minutes(minutes.minutes(meetingId), labels));
    }

    /** A download of one of the council's documents, labels captured now in its language and the reader's zone. */
    private static Anchor document(String id, String fileName, String type, String labelKey, CouncilLanguage language,
                                   Function<PrintLabels, byte[]> make) {
        PrintLabels labels = PrintLabels.of(language, UserZone.zone());
        Anchor anchor = bytes(fileName, type, () -> make.apply(labels), UI.getCurrent().getTranslation(labelKey), true);
        anchor.setId(id);
        return anchor;
    }

    /** Made in the download's own request, with a progress indicator when that takes a while. */
    private static Anchor bytes(String fileName, String type, Supplier<byte[]> content, String label, boolean download) {
        return ExportLink.create(null, fileName, type, label, download, content);
    }
}
