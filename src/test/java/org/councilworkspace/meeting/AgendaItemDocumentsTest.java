package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilLanguage;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PdfReading;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The papers for each agenda item: attached, uploaded, detached, and listed under the item in the pack. */
@ServiceTest
class AgendaItemDocumentsTest extends MeetingWorld {

    static final byte[] PDF = MeetingDocumentsTest.PDF;

    @Autowired AgendaDocuments itemDocuments;
    @Autowired MeetingDocuments documents;

    private long paper(long meetingId, String title) {
        return AsUser.call(w.secretariat(), () -> documents.add(meetingId, title, "paper.pdf", PDF, false));
    }

    @Test
    void the_secretariat_attaches_a_meeting_document_and_uploads_one_and_members_see_them_once_published() {
        long id = meeting(14);
        long opening = item(id, "Opening", 10);
        long targets = item(id, "Targets", 30);
        long background = paper(id, "Background paper");
        AsUser.run(w.secretariat(), () -> itemDocuments.attach(targets, background));
        AsUser.run(w.secretariat(), () -> itemDocuments.attach(targets, background));
        long uploaded = AsUser.call(w.secretariat(), () -> itemDocuments.upload(targets, "Cost estimate",
                "estimate.pdf", PDF, true));
        AsUser.run(w.secretariat(), () -> itemDocuments.attach(opening, background));

        var byItem = AsUser.call(w.secretariat(), () -> itemDocuments.byItem(id));
        assertThat(byItem.get(targets)).as("attached twice, listed once").extracting(MeetingDocument::id)
                .containsExactly(background, uploaded);
        assertThat(byItem.get(opening)).extracting(MeetingDocument::title).containsExactly("Background paper");
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(id))).as("the upload is a meeting document")
                .extracting(MeetingDocument::title).containsExactly("Background paper", "Cost estimate");
        assertThat(AsUser.call(w.member(), () -> itemDocuments.byItem(id))).as("agenda not yet published").isEmpty();

        AsUser.run(w.secretariat(), () -> agendas.publish(id));
        assertThat(AsUser.call(w.observer(), () -> itemDocuments.byItem(id)).get(targets))
                .extracting(MeetingDocument::fileName).containsExactly("paper.pdf", "estimate.pdf");
        MeetingPack pack = AsUser.call(w.member(), () -> agendas.pack(id));
        assertThat(pack.documentsOf(targets)).extracting(MeetingDocument::title)
                .containsExactly("Background paper", "Cost estimate");
        PrintLabels labels = PrintLabels.of(new CouncilLanguage("en", CalendarSystem.GREGORIAN),
                ZoneId.of("Asia/Bangkok"));
        assertThat(PackHtml.render(pack, labels)).contains("Document: Cost estimate (estimate.pdf)");
        assertThat(PdfReading.text(AgendaPdf.render(pack, labels))).contains("Cost estimate", "estimate.pdf");
    }

    @Test
    void a_detached_document_stays_with_the_meeting_and_a_removed_one_leaves_its_items() {
        long id = meeting(14);
        long targets = item(id, "Targets", 30);
        long background = paper(id, "Background paper");
        long annex = paper(id, "Annex");
        AsUser.run(w.secretariat(), () -> itemDocuments.attach(targets, background));
        AsUser.run(w.secretariat(), () -> itemDocuments.attach(targets, annex));
        AsUser.run(w.secretariat(), () -> itemDocuments.detach(targets, background));
        assertThat(AsUser.call(w.secretariat(), () -> itemDocuments.byItem(id)).get(targets))
                .extracting(MeetingDocument::id).containsExactly(annex);
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(id))).hasSize(2);
        AsUser.run(w.secretariat(), () -> documents.remove(annex));
        assertThat(AsUser.call(w.secretariat(), () -> itemDocuments.byItem(id))).isEmpty();
    }

    @Test
    void a_document_of_another_meeting_is_not_found_and_a_hostile_file_stores_nothing() {
        long id = meeting(14);
        long targets = item(id, "Targets", 30);
        long elsewhere = meeting(21);
        long foreign = paper(elsewhere, "Another meeting's paper");
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> itemDocuments.attach(targets, foreign)))
                .isInstanceOf(NotFoundException.class);
        byte[] pretending = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> itemDocuments.upload(targets, "Paper",
                "paper.pdf", pretending, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.document.wrong-kind"));
        byte[] huge = new byte[MeetingDocuments.maxMegabytes() * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> itemDocuments.upload(targets, "Huge",
                "huge.pdf", huge, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.document.too-large"));
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(id))).isEmpty();
        assertThat(AsUser.call(w.secretariat(), () -> itemDocuments.byItem(id))).isEmpty();

        AsUser.call(w.secretariat(), () -> itemDocuments.upload(targets, "<img src=x onerror=alert(1)>",
                "\"><script>.pdf", PDF, false));
        String html = PackHtml.render(AsUser.call(w.secretariat(), () -> agendas.pack(id)),
                PrintLabels.of(new CouncilLanguage("en", CalendarSystem.GREGORIAN), ZoneId.of("Asia/Bangkok")));
        assertThat(html).as("the pack names the paper, inert").contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x", "<script>");
    }

    @Test
    void members_and_observers_cannot_attach_upload_or_detach_and_nobody_can_once_the_meeting_is_over() {
        long id = meeting(1);
        long targets = item(id, "Targets", 30);
        long background = paper(id, "Background paper");
        AsUser.run(w.secretariat(), () -> itemDocuments.attach(targets, background));
        for (var person : java.util.List.of(w.member(), w.observer())) {
            assertThatThrownBy(() -> AsUser.run(person, () -> itemDocuments.detach(targets, background)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(person, () -> itemDocuments.attach(targets, background)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(person, () -> itemDocuments.upload(targets, "Mine", "m.pdf", PDF,
                    false))).isInstanceOf(AccessDeniedException.class);
        }
        clock.advance(Duration.ofDays(1).plusHours(3));
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> itemDocuments.detach(targets, background)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.agenda-past"));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> itemDocuments.upload(targets, "Late", "l.pdf",
                PDF, false))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.agenda-past"));
        assertThat(AsUser.call(w.secretariat(), () -> itemDocuments.byItem(id)).get(targets)).hasSize(1);
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(id))).hasSize(1);
    }
}
