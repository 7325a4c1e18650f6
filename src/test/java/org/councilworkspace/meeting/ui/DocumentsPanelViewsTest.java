package org.councilworkspace.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Set;
import org.councilworkspace.meeting.MeetingDocuments;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class DocumentsPanelViewsTest extends KaribuTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    // The services read the shared test clock, which other tests move forward; dates here follow it.
    @Autowired java.time.Clock clock;
    @Autowired PlanFixtures planFixtures;
    @Autowired MeetingService meetings;
    @Autowired MeetingDocuments documents;

    PlanWorld w;
    long meetingId;

    @BeforeEach
    void meeting() {
        w = planFixtures.world();
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(14);
        meetingId = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "3rd plenary", start, start.plusHours(2), "Hall A", null, null, Set.of())));
    }

    private String listText() {
        return _get(Div.class, spec -> spec.withId("meeting-documents-list")).getElement().getTextRecursively();
    }

    @Test
    void the_secretariat_adds_a_public_document_and_removing_it_asks_first_naming_it() {
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        _get(DocumentsPanel.class).received("background.pdf", PDF);
        assertThat(_get(TextField.class, spec -> spec.withId("document-title")).getValue()).isEqualTo("background");
        _get(TextField.class, spec -> spec.withId("document-title")).setValue("Background <paper>");
        _get(Checkbox.class, spec -> spec.withId("document-public")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("document-add")));
        assertThat(listText()).contains("Background <paper>", "background.pdf", "public");
        long id = AsUser.call(w.secretariat(), () -> documents.documents(meetingId)).get(0).id();

        _click(_get(Button.class, spec -> spec.withId("document-remove-" + id)));
        assertThat(_get(Dialog.class, spec -> spec.withId("final-action")).getHeaderTitle())
                .isEqualTo("Remove the public document “Background <paper>”");
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(meetingId))).as("cancel keeps it").hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("document-remove-" + id)));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(meetingId))).isEmpty();
        assertThat(listText()).contains("No documents yet.");
    }

    @Test
    void a_file_that_is_not_pdf_word_or_excel_is_refused_with_a_message_and_nothing_is_added() {
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        _get(DocumentsPanel.class).received("notes.pdf", "plain text".getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("document-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("document-status")).getText())
                .isEqualTo("The file is not a PDF, Word (DOCX) or Excel (XLSX) file.");
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(meetingId))).isEmpty();
    }

    @Test
    void an_observer_sees_and_downloads_the_documents_but_cannot_add_or_remove() {
        long id = AsUser.call(w.secretariat(), () -> documents.add(meetingId, "Agenda paper", "a.pdf", PDF, false));
        signIn(w.observer());
        navigate("meetings/" + meetingId);
        assertThat(_get(Anchor.class, spec -> spec.withId("document-" + id)).getText()).isEqualTo("Agenda paper");
        assertThat(_find(Button.class, spec -> spec.withId("document-add"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("document-remove-" + id))).isEmpty();
    }
}
