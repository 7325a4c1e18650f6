package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Agenda templates: the council's customary order fills a new meeting's agenda, and the secretariat edits it. */
@ServiceTest
class AgendaTemplateServiceTest extends MeetingWorld {

    @Autowired AgendaTemplateService templates;
    @Autowired CouncilService councils;

    @Test
    void a_thai_council_starts_its_meetings_with_the_thai_order_of_business() {
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        AgendaTemplate usual = AsUser.call(w.secretariat(), () -> templates.defaultTemplate(w.councilId()));
        assertThat(usual.builtin()).isEqualTo(BuiltinTemplate.THAI);
        long id = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(),
                plenary("การประชุมครั้งที่ 1", 14, w.member()), usual));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items()).extracting(AgendaItem::title)
                .containsExactly("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "รับรองรายงานการประชุมครั้งที่แล้ว",
                        "เรื่องสืบเนื่อง", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ");
    }

    @Test
    void a_japanese_council_gets_the_order_of_proceedings_and_an_english_one_follows_its_kind() {
        AgendaTemplate shingikai = AsUser.call(w.secretariat(), () -> templates.defaultTemplate(w.councilId()));
        assertThat(shingikai.builtin()).as("a deliberation council writing in English").isEqualTo(BuiltinTemplate.JAPANESE);
        assertThat(shingikai.items()).extracting(TemplateItem::title)
                .containsExactly("Opening", "Proceedings", "Reports", "Closing");
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "ja", CalendarSystem.JAPANESE_ERA);
        AgendaTemplate japanese = AsUser.call(w.secretariat(), () -> templates.defaultTemplate(w.councilId()));
        assertThat(japanese.items()).extracting(TemplateItem::title).containsExactly("開会", "議事", "報告", "閉会");
    }

    @Test
    void the_secretariat_edits_a_built_in_template_into_the_councils_copy_and_can_go_back() {
        AgendaTemplate japanese = builtin(BuiltinTemplate.JAPANESE);
        long copy = AsUser.call(w.secretariat(), () -> templates.save(w.councilId(), new AgendaTemplate(null,
                BuiltinTemplate.JAPANESE, null, List.of(new TemplateItem("Opening", 5, AgendaPurpose.INFORMATION),
                new TemplateItem("Hearing of the industry", 45, AgendaPurpose.DISCUSSION),
                new TemplateItem("Closing", 5, AgendaPurpose.INFORMATION)), japanese.version())));
        AgendaTemplate edited = builtin(BuiltinTemplate.JAPANESE);
        assertThat(edited.id()).isEqualTo(copy);
        assertThat(edited.items()).extracting(TemplateItem::title)
                .containsExactly("Opening", "Hearing of the industry", "Closing");
        long id = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), plenary("Hearing", 14),
                japanese));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items()).as("the council's copy is used")
                .extracting(AgendaItem::minutesAllotted).containsExactly(5, 45, 5);
        AsUser.run(w.secretariat(), () -> templates.remove(w.councilId(), copy, edited.version()));
        assertThat(builtin(BuiltinTemplate.JAPANESE).id()).isNull();
        assertThat(builtin(BuiltinTemplate.JAPANESE).items()).hasSize(4);
    }

    @Test
    void a_council_makes_a_template_of_its_own_and_a_stale_edit_is_refused() {
        long own = AsUser.call(w.secretariat(), () -> templates.save(w.councilId(), new AgendaTemplate(null, null,
                "Hearing with industry", List.of(new TemplateItem("Presentations", 60, AgendaPurpose.INFORMATION)), 0)));
        AgendaTemplate saved = AsUser.call(w.secretariat(), () -> templates.templates(w.councilId())).stream()
                .filter(t -> t.id() != null && t.id() == own).findFirst().orElseThrow();
        assertThat(saved.name()).isEqualTo("Hearing with industry");
        AgendaTemplate renamed = new AgendaTemplate(own, null, "Industry hearing", saved.items(), saved.version());
        AsUser.call(w.secretariat(), () -> templates.save(w.councilId(), renamed));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> templates.save(w.councilId(), renamed)))
                .as("saved over a version someone else changed").isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> templates.save(w.councilId(), new AgendaTemplate(
                null, null, "Empty", List.of(), 0))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.template-no-items"));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> templates.save(w.councilId(), new AgendaTemplate(
                null, null, "Bad", List.of(new TemplateItem("Long", 0, AgendaPurpose.DISCUSSION)), 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("minutes-0"));
    }

    @Test
    void members_observers_and_other_councils_neither_read_nor_change_the_templates() {
        AgendaTemplate thai = builtin(BuiltinTemplate.THAI);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> templates.templates(w.councilId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.observer(), () -> templates.save(w.councilId(), thai)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> templates.save(w.councilId(), thai)))
                .as("the secretariat of another council").isInstanceOf(AccessDeniedException.class);
        long own = AsUser.call(w.outsider(), () -> templates.save(outsidersCouncil(), new AgendaTemplate(null, null,
                "Theirs", List.of(new TemplateItem("Secret item", 10, AgendaPurpose.DISCUSSION)), 0)));
        AgendaTemplate theirs = new AgendaTemplate(own, null, "Theirs", List.of(), 0);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(),
                plenary("Borrowed", 14), theirs)))
                .as("another council's template").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.template-unknown"));
        assertThat(AsUser.call(w.secretariat(), () -> meetings.meetings(w.councilId(), true, 0, 10))).isEmpty();
    }

    private AgendaTemplate builtin(BuiltinTemplate which) {
        return AsUser.call(w.secretariat(), () -> templates.templates(w.councilId())).stream()
                .filter(t -> t.builtin() == which).findFirst().orElseThrow();
    }

    private long outsidersCouncil() {
        return AsUser.call(w.outsider(), () -> councils.myCouncils()).get(0).councilId();
    }
}
