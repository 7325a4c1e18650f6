package org.councilworkspace.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.councilworkspace.meeting.ActionStatus;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.AgendaTemplateService;
import org.councilworkspace.meeting.FollowUpItem;
import org.councilworkspace.meeting.FollowUpKind;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingSeriesService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewActionItem;
import org.councilworkspace.meeting.NewSeries;
import org.springframework.stereotype.Component;

/**
 * The automotive council's monthly implementation review (first Tuesday, 10:00 Bangkok): three past meetings with
 * published minutes whose action items carried over from one to the next, and the coming meeting with its follow-ups
 * (the open actions, the delayed measure, KPIs off track, the overdue report) proposed for the chair to keep or drop.
 */
@Component
class DemoSeries {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String RULE = "FREQ=MONTHLY;BYDAY=1TU";

    private final MeetingSeriesService series;
    private final AgendaTemplateService templates;
    private final AgendaService agendas;
    private final MinutesService minutes;
    private final Clock clock;

    DemoSeries(MeetingSeriesService series, AgendaTemplateService templates, AgendaService agendas,
               MinutesService minutes, Clock clock) {
        this.series = series;
        this.templates = templates;
        this.agendas = agendas;
        this.minutes = minutes;
        this.clock = clock;
    }

    void seed(Map<String, Long> ids, long councilId) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // The rule starts with the third-last first Tuesday before now, so exactly three meetings lie in the past.
        List<ZonedDateTime> dates = as(ids, () -> series.preview(councilId, RULE, today.minusMonths(4).withDayOfMonth(1),
                LocalTime.of(10, 0), BANGKOK));
        List<ZonedDateTime> past = dates.stream().filter(d -> d.toOffsetDateTime().plusHours(2).isBefore(now)).toList();
        LocalDate first = past.get(past.size() - 3).toLocalDate();
        var template = as(ids, () -> templates.defaultTemplate(councilId));
        long id = as(ids, () -> series.createSeries(councilId, new NewSeries("Monthly implementation review",
                MeetingKind.WORKING_GROUP, RULE, first, LocalTime.of(10, 0), 120, BANGKOK,
                "Automotive Industry Institute, meeting room 1", null, template)));

        long one = meeting(ids, id);
        // The order of business's "matters for consideration", fourth of its five items.
        long item = settle(ids, one).get(3);
        notes(ids, one, item, "The secretariat presented the register: most measures have started; the battery test "
                + "laboratory waits for its budget.");
        long lab = action(ids, item, "Ask the Budget Bureau when the test laboratory's funds are released", "kittisak",
                today.minusDays(40));
        long suppliers = action(ids, item, "Collect the suppliers' retooling plans for EV parts", "wichai",
                today.minusDays(50));
        close(ids, one, "The review took stock of the register and asked for the laboratory budget and the "
                + "suppliers' retooling plans.");

        long two = meeting(ids, id);
        List<Long> carried = settle(ids, two);
        notes(ids, two, followUp(ids, two, lab), "The Budget Bureau has not answered; the ministry will write again.");
        notes(ids, two, followUp(ids, two, suppliers), "Twelve of fifteen plans are in; the rest follow this month.");
        long skills = action(ids, carried.get(3), "Propose how the training vouchers reach small suppliers", "arunee",
                today.minusDays(5));
        close(ids, two, "Two action items carried over; the suppliers' plans are nearly complete.");
        as(ids, "wichai", () -> minutes.setActionStatus(suppliers, ActionStatus.DONE, 0));

        long three = meeting(ids, id);
        settle(ids, three);
        notes(ids, three, followUp(ids, three, lab), "Funds promised for next quarter; the laboratory is delayed "
                + "until then.");
        notes(ids, three, followUp(ids, three, skills), "A draft voucher scheme was circulated for comment.");
        close(ids, three, "The laboratory stays delayed until its funds arrive; the voucher scheme is out for comment.");

        // The coming meeting: its follow-ups stay proposed for the chair to keep or drop.
        meeting(ids, id);
        if (skills <= 0) {
            throw new IllegalStateException("Action item not recorded");
        }
    }

    private long meeting(Map<String, Long> ids, long seriesId) {
        return as(ids, () -> series.createNextMeeting(seriesId));
    }

    /**
     * The past meeting's agenda as the chair settled it: the carried-over action items kept, the register's
     * proposals dropped (the register's state today is not what those meetings saw). Returns the agenda item ids.
     */
    private List<Long> settle(Map<String, Long> ids, long meetingId) {
        Map<Long, FollowUpItem> proposed = as(ids, () -> series.followUps(meetingId));
        for (FollowUpItem f : proposed.values()) {
            if (f.kind() == FollowUpKind.ACTION_ITEM) {
                RunAs.user(ids.get("somchai"), "somchai", false, () -> series.keepFollowUp(f.agendaItemId()));
            } else {
                RunAs.user(ids.get("somchai"), "somchai", false, () -> series.dropFollowUp(f.agendaItemId()));
            }
        }
        return as(ids, () -> agendas.agenda(meetingId)).items().stream().map(AgendaItem::id).toList();
    }

    private long followUp(Map<String, Long> ids, long meetingId, long actionId) {
        return as(ids, () -> series.followUps(meetingId)).values().stream()
                .filter(f -> f.kind() == FollowUpKind.ACTION_ITEM && f.targetId() == actionId)
                .findFirst().orElseThrow().agendaItemId();
    }

    private void notes(Map<String, Long> ids, long meetingId, long itemId, String text) {
        AgendaItem item = as(ids, () -> agendas.agenda(meetingId)).items().stream().filter(i -> i.id() == itemId)
                .findFirst().orElseThrow();
        as(ids, () -> {
            minutes.saveNotes(itemId, text, item.version());
            return null;
        });
    }

    private long action(Map<String, Long> ids, long itemId, String text, String owner, LocalDate due) {
        return as(ids, () -> minutes.addActionItem(itemId, new NewActionItem(text, ids.get(owner), due)));
    }

    private void close(Map<String, Long> ids, long meetingId, String summary) {
        RunAs.user(ids.get("somchai"), "somchai", false, () -> minutes.approve(meetingId));
        as(ids, () -> {
            minutes.publishSummary(meetingId, summary);
            minutes.publishFull(meetingId);
            return null;
        });
    }

    private <T> T as(Map<String, Long> ids, Supplier<T> action) {
        return as(ids, "pranee", action);
    }

    private static <T> T as(Map<String, Long> ids, String username, Supplier<T> action) {
        return RunAs.user(ids.get(username), username, false, action);
    }

    private static void as(Map<String, Long> ids, String username, Runnable action) {
        RunAs.user(ids.get(username), username, false, action);
    }
}
