package org.councilworkspace.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.FollowUpItem;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingSeries;
import org.councilworkspace.meeting.MeetingSeriesService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewActionItem;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewSeries;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Meeting series on screen: the rule built and previewed, the chair's follow-up agenda, an action item's trail. */
@ServiceTest
class SeriesViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired MeetingSeriesService series;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired MutableClock clock;

    PlanWorld w;

    @BeforeEach
    void world() {
        w = planFixtures.world();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_secretariat_builds_a_first_tuesday_rule_sees_its_dates_and_lands_on_the_first_meeting() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/meetings/series");
        _click(_get(Button.class, spec -> spec.withId("new-series")));
        _get(TextField.class, spec -> spec.withId("series-form-title")).setValue("Monthly implementation review");
        ((Select<Integer>) _get(Select.class, spec -> spec.withId("series-form-ordinal"))).setValue(1);
        ((Select<DayOfWeek>) _get(Select.class, spec -> spec.withId("series-form-weekday")))
                .setValue(DayOfWeek.TUESDAY);
        _get(IntegerField.class, spec -> spec.withId("series-form-count")).setValue(3);
        TextField rule = _get(TextField.class, spec -> spec.withId("series-form-rule"));
        assertThat(rule.getValue()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU;COUNT=3");
        Div preview = _get(Div.class, spec -> spec.withId("series-form-preview"));
        assertThat(_find(preview, ListItem.class)).hasSize(3);
        _click(_get(Button.class, spec -> spec.withId("series-form-save")));
        List<MeetingSeries> made = AsUser.call(w.secretariat(), () -> series.seriesOfCouncil(w.councilId()));
        assertThat(made).singleElement().satisfies(s -> assertThat(s.rrule()).isEqualTo(rule.getValue()));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("meetings/");
        assertThat(_get(H1.class).getText()).startsWith("Monthly implementation review ");
    }

    @Test
    void a_rule_typed_by_hand_that_is_not_supported_is_explained_at_the_rule_and_nothing_is_saved() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/meetings/series");
        _click(_get(Button.class, spec -> spec.withId("new-series")));
        _get(TextField.class, spec -> spec.withId("series-form-title")).setValue("Daily stand-up");
        TextField rule = _get(TextField.class, spec -> spec.withId("series-form-rule"));
        rule.setValue("FREQ=DAILY");
        assertThat(_get(Div.class, spec -> spec.withId("series-form-preview")).getElement().getTextRecursively())
                .contains("\"FREQ=DAILY\" is not supported");
        _click(_get(Button.class, spec -> spec.withId("series-form-save")));
        assertThat(rule.isInvalid()).isTrue();
        assertThat(AsUser.call(w.secretariat(), () -> series.seriesOfCouncil(w.councilId()))).isEmpty();
    }

    @Test
    void a_member_reads_the_series_but_is_not_offered_to_make_one() {
        AsUser.call(w.secretariat(), () -> series.createSeries(w.councilId(), weekly()));
        signIn(w.member());
        navigate("councils/" + w.councilId() + "/meetings/series");
        assertThat(_find(Button.class, spec -> spec.withId("new-series"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("cw-create-next"))).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Meeting series");
    }

    @Test
    void the_chair_keeps_one_carried_over_action_and_drops_the_other_then_the_owner_reads_its_trail() {
        long seriesId = AsUser.call(w.secretariat(), () -> series.createSeries(w.councilId(), weekly()));
        long first = AsUser.call(w.secretariat(), () -> series.createNextMeeting(seriesId));
        long item = AsUser.call(w.secretariat(), () -> agendas.addItem(first, new NewAgendaItem("Incentives", 20,
                null, AgendaPurpose.DISCUSSION, null)));
        long keep = AsUser.call(w.secretariat(), () -> minutes.addActionItem(item, new NewActionItem(
                "Ask the cabinet office for the timetable", w.lead().id(), LocalDate.now(clock).plusDays(5))));
        AsUser.call(w.secretariat(), () -> minutes.addActionItem(item, new NewActionItem(
                "Circulate the figures", w.member().id(), LocalDate.now(clock).plusDays(5))));
        long second = AsUser.call(w.secretariat(), () -> series.createNextMeeting(seriesId));
        signIn(w.chair());
        navigate("meetings/" + second);
        assertThat(_get(Button.class, spec -> spec.withId("publish-agenda")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label",
                "Keep Ask the cabinet office for the timetable on the agenda")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label",
                "Drop Circulate the figures from the agenda")));
        Map<Long, FollowUpItem> left = AsUser.call(w.chair(), () -> series.followUps(second));
        assertThat(left.values()).singleElement().satisfies(f -> {
            assertThat(f.targetId()).isEqualTo(keep);
            assertThat(f.kept()).isTrue();
        });
        assertThat(_get(Button.class, spec -> spec.withId("publish-agenda")).isEnabled()).isTrue();

        signIn(w.lead());
        navigate("action-items/" + keep);
        OrderedList trail = _get(OrderedList.class, spec -> spec.withId("action-trail"));
        List<ListItem> entries = _find(trail, ListItem.class);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getElement().getTextRecursively()).contains("recorded under \"Incentives\"");
        assertThat(entries.get(1).getElement().getTextRecursively())
                .contains("followed up under \"Ask the cabinet office for the timetable\"");
    }

    NewSeries weekly() {
        return new NewSeries("Weekly review", MeetingKind.WORKING_GROUP, "FREQ=WEEKLY",
                LocalDate.now(clock).plusDays(1), LocalTime.of(9, 0), 60, ZoneId.of("Asia/Bangkok"), null, null,
                null);
    }
}
