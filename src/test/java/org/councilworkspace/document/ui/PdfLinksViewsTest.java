package org.councilworkspace.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF downloads sit where people look at the thing, labelled in their language. */
@ServiceTest
class PdfLinksViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired MeetingService meetings;
    @Autowired MutableClock clock;

    PlanWorld w;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        long section = planFixtures.section(w, null, "สถานที่");
        planFixtures.write(w.lead(), section, "ผู้ใหญ่ใช้น้ำเท่านั้น");
    }

    private static Anchor link(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    @Test
    void the_plan_page_offers_the_current_draft_as_pdf_with_and_without_line_numbers() {
        signIn(w.observer());
        navigate("plans/" + w.planId());

        assertThat(link("download-draft-pdf").getText()).isEqualTo("Current draft as PDF");
        assertThat(link("download-draft-pdf-lines").getText()).isEqualTo("Current draft as PDF with line numbers");
        assertThat(link("download-draft-pdf").getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void a_version_page_offers_its_pdf_in_the_readers_language() {
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));
        signIn(w.member());
        UI.getCurrent().setLocale(Locale.forLanguageTag("th"));
        navigate("plans/" + w.planId() + "/versions/" + version);

        assertThat(link("download-pdf").getText()).isEqualTo("PDF");
        assertThat(link("download-pdf-lines").getText()).isEqualTo("PDF พร้อมเลขบรรทัด");
    }

    @Test
    void the_meeting_page_offers_the_agenda_the_pack_and_the_minutes_as_pdf() {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(14);
        long meetingId = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "3rd plenary", start, start.plusHours(2), "Hall A", null, null,
                Set.of(w.member().id()))));
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);

        assertThat(link("download-pdf").getText()).isEqualTo("Agenda (PDF)");
        assertThat(link("download-pack-pdf").getText()).isEqualTo("Meeting pack as PDF");
        assertThat(link("download-pack-docx").getText()).isEqualTo("Meeting pack as Word file");
        assertThat(link("download-minutes-pdf").getText()).isEqualTo("Minutes as PDF");
        assertThat(link("download-agenda-docx").getText()).isEqualTo("Agenda (Word)");
        assertThat(link("download-minutes-docx").getText()).isEqualTo("Minutes as Word file");
    }
}
