package org.councilworkspace.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.AgendaTemplate;
import org.councilworkspace.meeting.AgendaTemplateService;
import org.councilworkspace.meeting.BuiltinTemplate;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.meeting.TemplateItem;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat's agenda work on screen: a meeting from the council's template, templates and items edited. */
@ServiceTest
class AgendaTemplateViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AgendaTemplateService templates;
    @Autowired CouncilService councils;
    @Autowired MutableClock clock;

    PlanWorld w;

    @BeforeEach
    void thaiCouncil() {
        w = planFixtures.world();
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_new_meeting_of_a_thai_council_gets_the_thai_order_of_business() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/meetings");
        _click(_get(Button.class, spec -> spec.withId("new-meeting")));
        Select<AgendaTemplate> template = _get(Select.class, spec -> spec.withId("meeting-form-template"));
        assertThat(template.getValue().builtin()).isEqualTo(BuiltinTemplate.THAI);
        _get(TextField.class, spec -> spec.withId("meeting-form-title")).setValue("การประชุมครั้งที่ 3/2570");
        _click(_get(Button.class, spec -> spec.withId("meeting-form-save")));
        OrderedList items = _get(OrderedList.class, spec -> spec.withId("agenda-items"));
        assertThat(_find(items, ListItem.class)).hasSize(5);
        assertThat(items.getElement().getTextRecursively()).contains("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
                "รับรองรายงานการประชุมครั้งที่แล้ว", "เรื่องสืบเนื่อง", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ");
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_japanese_councils_templates_open_on_its_own_order_of_business() {
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "ja", CalendarSystem.JAPANESE_ERA);
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/meetings/templates");
        Select<AgendaTemplate> choice = _get(Select.class, spec -> spec.withId("template-choice"));
        assertThat(choice.getValue().builtin()).isEqualTo(BuiltinTemplate.JAPANESE);
        assertThat(_find(_get(OrderedList.class, spec -> spec.withId("template-items")), TextField.class))
                .extracting(TextField::getValue).contains("開会", "閉会");
    }

    @Test
    void the_secretariat_reorders_a_template_with_the_labelled_buttons_and_renames_an_item() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/meetings/templates");
        OrderedList rows = _get(OrderedList.class, spec -> spec.withId("template-items"));
        _click(_get(rows, Button.class, spec -> spec.withAttribute("aria-label", "Move up: เรื่องอื่น ๆ")));
        List<TextField> titles = _find(rows, TextField.class);
        titles.get(0).setValue("ประธานแจ้งให้ที่ประชุมทราบ");
        _click(_get(Button.class, spec -> spec.withId("template-save")));
        AgendaTemplate saved = AsUser.call(w.secretariat(), () -> templates.defaultTemplate(w.councilId()));
        assertThat(saved.id()).as("the council's own copy now").isNotNull();
        assertThat(saved.items()).extracting(TemplateItem::title).containsExactly("ประธานแจ้งให้ที่ประชุมทราบ",
                "รับรองรายงานการประชุมครั้งที่แล้ว", "เรื่องสืบเนื่อง", "เรื่องอื่น ๆ", "เรื่องเพื่อพิจารณา");
        assertThat(_get(Button.class, spec -> spec.withId("template-remove")).getText())
                .isEqualTo("Go back to the built-in template");
    }

    @Test
    void a_template_row_with_a_bad_duration_is_marked_and_nothing_is_saved() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/meetings/templates");
        OrderedList rows = _get(OrderedList.class, spec -> spec.withId("template-items"));
        IntegerField minutes = _find(rows, IntegerField.class).get(2);
        minutes.setValue(0);
        _click(_get(Button.class, spec -> spec.withId("template-save")));
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(AsUser.call(w.secretariat(), () -> templates.defaultTemplate(w.councilId())).id()).isNull();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_secretariat_edits_an_agenda_items_title_purpose_minutes_and_presenter() {
        long id = meeting(14);
        AsUser.call(w.secretariat(), () -> agendas.addItem(id, new NewAgendaItem("เรื่องเพื่อพิจารณา", 60, null,
                AgendaPurpose.DISCUSSION, null)));
        signIn(w.secretariat());
        navigate("meetings/" + id);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Edit: เรื่องเพื่อพิจารณา")));
        _get(TextField.class, spec -> spec.withId("item-form-title")).setValue("ร่างแผนแม่บทฉบับที่ 2");
        _get(IntegerField.class, spec -> spec.withId("item-form-minutes")).setValue(45);
        _get(TextField.class, spec -> spec.withId("item-form-presenter")).setValue("สำนักเลขาธิการ");
        ((Select<AgendaPurpose>) _get(Select.class, spec -> spec.withId("item-form-purpose")))
                .setValue(AgendaPurpose.DECISION);
        _click(_get(Button.class, spec -> spec.withId("item-form-save")));
        AgendaItem item = AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items().get(0);
        assertThat(item.title()).isEqualTo("ร่างแผนแม่บทฉบับที่ 2");
        assertThat(item.minutesAllotted()).isEqualTo(45);
        assertThat(item.presenter()).isEqualTo("สำนักเลขาธิการ");
        assertThat(item.purpose()).isEqualTo(AgendaPurpose.DECISION);
    }

    @Test
    void a_meeting_that_is_over_shows_its_agenda_without_controls_and_says_why() {
        long id = meeting(1);
        AsUser.call(w.secretariat(), () -> agendas.addItem(id, new NewAgendaItem("เรื่องสืบเนื่อง", 20, null,
                AgendaPurpose.DISCUSSION, null)));
        clock.advance(Duration.ofDays(2));
        signIn(w.secretariat());
        navigate("meetings/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-past-hint")).getText())
                .startsWith("The meeting is over");
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Edit: เรื่องสืบเนื่อง"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-agenda-item"))).isEmpty();
    }

    private long meeting(int daysAhead) {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(daysAhead);
        return AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "การประชุมใหญ่", start, start.plusHours(2), "ห้องประชุม 1", null, null,
                Set.of(w.member().id()))));
    }
}
