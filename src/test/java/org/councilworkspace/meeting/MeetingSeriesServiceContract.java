package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.MeasureStatus;
import org.councilworkspace.implementation.NewRound;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.implementation.ReportingFrequency;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Series made by rule, their follow-up agendas, action items carried over with their trail, and who may do what. */
abstract class MeetingSeriesServiceContract {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MeetingSeriesService series;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired CalendarService calendar;
    @Autowired MutableClock clock;
    @Autowired AgendaTemplateService templates;

    RegisterWorld r;
    PlanWorld w;

    @BeforeEach
    void world() {
        r = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        w = r.plan;
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    NewSeries monthly(String rule, AgendaTemplate template) {
        return new NewSeries("Monthly implementation review", MeetingKind.PLENARY, rule,
                LocalDate.now(clock).plusDays(1), LocalTime.of(10, 0), 120, BANGKOK, "Ministry of Industry", null,
                template);
    }

    long seriesOf(String rule) {
        return AsUser.call(w.secretariat(), () -> series.createSeries(w.councilId(), monthly(rule, null)));
    }

    long next(long seriesId) {
        return AsUser.call(w.secretariat(), () -> series.createNextMeeting(seriesId));
    }

    List<AgendaItem> agenda(long meetingId) {
        return AsUser.call(w.secretariat(), () -> agendas.agenda(meetingId)).items();
    }

    Map<Long, FollowUpItem> followUps(long meetingId) {
        return AsUser.call(w.secretariat(), () -> series.followUps(meetingId));
    }

    @Test
    void the_series_makes_its_meetings_by_rule_one_at_a_time_until_the_rule_runs_out() {
        long id = seriesOf("FREQ=MONTHLY;BYDAY=1TU;COUNT=2");
        long first = next(id);
        long second = next(id);
        LocalDate from = LocalDate.now(clock).plusDays(1);
        LocalDate firstTuesday = from.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        if (firstTuesday.isBefore(from)) {
            firstTuesday = from.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        }
        Meeting one = AsUser.call(w.member(), () -> meetings.meeting(first));
        assertThat(one.startsAt().atZoneSameInstant(BANGKOK).toLocalDateTime())
                .isEqualTo(firstTuesday.atTime(10, 0));
        assertThat(one.durationMinutes()).isEqualTo(120);
        assertThat(one.title()).isEqualTo("Monthly implementation review " + firstTuesday);
        Meeting two = AsUser.call(w.member(), () -> meetings.meeting(second));
        assertThat(two.startsAt().atZoneSameInstant(BANGKOK).toLocalDate())
                .isEqualTo(firstTuesday.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)));
        assertThat(AsUser.call(w.member(), () -> meetings.invitees(first))).extracting(Invitee::userId)
                .contains(w.chair().id(), w.member().id(), w.observer().id());
        assertThatThrownBy(() -> next(id)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.series.ended"));
        assertThat(AsUser.call(w.observer(), () -> series.meetings(id))).extracting(Meeting::id)
                .containsExactly(second, first);
        assertThat(AsUser.call(w.observer(), () -> series.seriesOfMeeting(first))).map(MeetingSeries::id).contains(id);
        assertThat(AsUser.call(w.observer(), () -> series.comingOccurrences(id))).isEmpty();
    }

    @Test
    void a_rule_the_expander_does_not_support_is_refused_with_its_part_named() {
        assertThatThrownBy(() -> seriesOf("FREQ=DAILY;COUNT=3")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.series.rrule-unsupported");
                    assertThat(e.args()).containsExactly("FREQ=DAILY");
                });
        assertThat(AsUser.call(w.secretariat(), () -> series.seriesOfCouncil(w.councilId()))).isEmpty();
    }

    @Test
    void only_those_who_call_the_councils_meetings_make_series_and_their_meetings() {
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> series.createSeries(w.councilId(),
                monthly("FREQ=MONTHLY;BYDAY=1TU", null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.observer(), () -> series.createSeries(w.councilId(),
                monthly("FREQ=MONTHLY;BYDAY=1TU", null)))).isInstanceOf(AccessDeniedException.class);
        long id = seriesOf("FREQ=MONTHLY;BYDAY=1TU");
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> series.createNextMeeting(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> series.series(id)))
                .isInstanceOf(AccessDeniedException.class);
        long meeting = AsUser.call(w.chair(), () -> series.createNextMeeting(id));
        assertThat(AsUser.call(w.member(), () -> series.series(id)).title()).isEqualTo("Monthly implementation review");
        assertThat(meeting).isPositive();
    }

    @Test
    void the_first_meeting_proposes_what_stands_in_the_register_before_the_templates_last_item() {
        AsUser.run(w.secretariat(), () -> register.changeStatus(r.measureId, MeasureStatus.DELAYED,
                "The incentive decree is still with the cabinet.", 0));
        AsUser.run(r.reporter, () -> register.reportActual(r.kpiId, RegisterWorld.annual(r.year - 1, "9")));
        AsUser.run(w.secretariat(), () -> register.openReportingRound(w.planId(), new NewRound(
                ReportingFrequency.ANNUAL, r.year - 1, 1, LocalDate.now(clock).plusDays(1))));
        clock.advance(Duration.ofDays(3));
        long id = AsUser.call(w.secretariat(), () -> series.createSeries(w.councilId(), monthly(
                "FREQ=WEEKLY", new AgendaTemplate(null, BuiltinTemplate.ENGLISH, null, List.of(), 0))));
        long meeting = next(id);
        List<AgendaItem> items = agenda(meeting);
        Map<Long, FollowUpItem> follow = followUps(meeting);
        assertThat(follow.values()).extracting(FollowUpItem::kind)
                .containsExactlyInAnyOrder(FollowUpKind.MEASURE, FollowUpKind.KPI, FollowUpKind.REPORT);
        assertThat(follow.values()).allSatisfy(f -> assertThat(f.kept()).isFalse());
        assertThat(follow.values()).extracting(FollowUpItem::targetId).contains(r.measureId, r.kpiId);
        // The template's last item (any other business) stays last; the follow-ups come just before it.
        assertThat(follow).doesNotContainKey(items.get(items.size() - 1).id())
                .containsKey(items.get(items.size() - 2).id());
        assertThat(items).filteredOn(i -> follow.containsKey(i.id())).extracting(AgendaItem::title)
                .contains("EV production incentives");
        // The second meeting proposes again only what changed since the first one started: the overdue report stays.
        long second = next(id);
        assertThat(followUps(second).values()).extracting(FollowUpItem::kind).containsExactly(FollowUpKind.REPORT);
    }

    @Test
    void open_action_items_carry_over_until_closed_and_their_trail_lists_every_meeting() {
        long id = seriesOf("FREQ=WEEKLY");
        long first = next(id);
        long item = AsUser.call(w.secretariat(), () -> agendas.addItem(first, new NewAgendaItem("Incentives", 20,
                null, AgendaPurpose.DISCUSSION, null)));
        long open = AsUser.call(w.secretariat(), () -> minutes.addActionItem(item, new NewActionItem(
                "Ask the cabinet office for the decree's timetable", w.lead().id(), LocalDate.now(clock).plusDays(5))));
        long closed = AsUser.call(w.secretariat(), () -> minutes.addActionItem(item, new NewActionItem(
                "Circulate the incentive figures", w.member().id(), LocalDate.now(clock).plusDays(5))));
        long second = next(id);
        assertThat(followUps(second).values()).extracting(FollowUpItem::targetId).containsExactlyInAnyOrder(open, closed);
        AgendaItem carried = agenda(second).stream().filter(i -> followUps(second).get(i.id()) != null
                && followUps(second).get(i.id()).targetId() == open).findFirst().orElseThrow();
        String lead = AsUser.call(w.secretariat(), () -> meetings.inviteCandidates(w.councilId())).stream()
                .filter(m -> m.userId() == w.lead().id()).findFirst().orElseThrow().displayName();
        assertThat(carried.presenter()).isEqualTo(lead);
        AsUser.run(w.secretariat(), () -> series.keepFollowUp(carried.id()));
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(carried.id(), "The decree goes to the cabinet next "
                + "month.", carried.version() + 1));
        AsUser.run(w.member(), () -> minutes.setActionStatus(closed, ActionStatus.DONE, 0));
        long third = next(id);
        assertThat(followUps(third).values()).extracting(FollowUpItem::targetId).containsExactly(open);

        ActionTrail trail = AsUser.call(w.lead(), () -> series.trail(open));
        assertThat(trail.item().text()).isEqualTo("Ask the cabinet office for the decree's timetable");
        assertThat(trail.meetings()).extracting(TrailEntry::meetingId).containsExactly(first, second, third);
        assertThat(trail.meetings().get(0).origin()).isTrue();
        // The owner reads the item, but the notes of minutes still in draft only those who work on them.
        assertThat(trail.meetings().get(1).notes()).isNull();
        assertThat(AsUser.call(w.secretariat(), () -> series.trail(open)).meetings().get(1).notes())
                .isEqualTo("The decree goes to the cabinet next month.");
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> series.trail(open)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> series.trail(open)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_chair_keeps_or_drops_each_proposal_and_the_agenda_goes_out_only_once_all_are_decided() {
        AsUser.run(w.secretariat(), () -> register.changeStatus(r.measureId, MeasureStatus.DELAYED,
                "The incentive decree is still with the cabinet.", 0));
        AsUser.run(r.reporter, () -> register.reportActual(r.kpiId, RegisterWorld.annual(r.year - 1, "9")));
        long meeting = next(seriesOf("FREQ=WEEKLY"));
        List<FollowUpItem> proposed = List.copyOf(followUps(meeting).values());
        assertThat(proposed).hasSize(2);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> agendas.publish(meeting)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.follow-up-undecided"));
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> series.keepFollowUp(proposed.get(0).agendaItemId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.observer(), () -> series.dropFollowUp(proposed.get(0).agendaItemId())))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run(w.chair(), () -> series.keepFollowUp(proposed.get(0).agendaItemId()));
        AsUser.run(w.chair(), () -> series.dropFollowUp(proposed.get(1).agendaItemId()));
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> series.dropFollowUp(proposed.get(0).agendaItemId())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.follow-up-decided"));
        assertThat(followUps(meeting)).containsOnlyKeys(proposed.get(0).agendaItemId());
        assertThat(agenda(meeting)).extracting(AgendaItem::id).doesNotContain(proposed.get(1).agendaItemId());
        assertThat(AsUser.call(w.secretariat(), () -> agendas.publish(meeting)).notified()).isPositive();
    }

    @Test
    void a_template_the_council_has_removed_gives_way_to_its_usual_one() {
        long own = AsUser.call(w.secretariat(), () -> templates.save(w.councilId(), new AgendaTemplate(null, null,
                "Review", List.of(new TemplateItem("Register review", 30, AgendaPurpose.DISCUSSION)), 0)));
        long id = AsUser.call(w.secretariat(), () -> series.createSeries(w.councilId(), monthly("FREQ=WEEKLY",
                new AgendaTemplate(own, null, "Review", List.of(), 0))));
        assertThat(agenda(next(id))).extracting(AgendaItem::title).containsExactly("Register review");
        int version = AsUser.call(w.secretariat(), () -> templates.templates(w.councilId())).stream()
                .filter(t -> Long.valueOf(own).equals(t.id())).findFirst().orElseThrow().version();
        AsUser.run(w.secretariat(), () -> templates.remove(w.councilId(), own, version));
        AgendaTemplate usual = AsUser.call(w.secretariat(), () -> templates.defaultTemplate(w.councilId()));
        assertThat(agenda(next(id))).extracting(AgendaItem::title)
                .containsExactlyElementsOf(usual.items().stream().map(TemplateItem::title).toList());
    }

    @Test
    void the_calendar_feed_carries_the_series_rule_without_the_occurrences_already_made() {
        long id = seriesOf("FREQ=MONTHLY;BYDAY=1TU;UNTIL=20991231");
        long first = next(id);
        String token = AsUser.call(w.member(), () -> calendar.newFeedToken());
        String ics = calendar.feed(token, m -> "https://council.example.org/meetings/" + m).orElseThrow();
        ZonedDateTime made = AsUser.call(w.member(), () -> meetings.meeting(first)).startsAt()
                .atZoneSameInstant(BANGKOK);
        String local = made.toLocalDate().toString().replace("-", "") + "T100000";
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok\r\n", "TZOFFSETTO:+0700",
                "UID:series-" + id + "@council-workspace", "DTSTART;TZID=Asia/Bangkok:" + local,
                "RRULE:FREQ=MONTHLY;BYDAY=1TU;UNTIL=20991231T165959Z", "EXDATE;TZID=Asia/Bangkok:" + local,
                "SUMMARY:Monthly implementation review\r\n", "UID:meeting-" + first + "@council-workspace");
    }
}
