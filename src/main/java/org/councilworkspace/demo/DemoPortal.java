package org.councilworkspace.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.councilworkspace.consultation.NewRound;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.council.PublicCouncils;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanVersionInfo;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.springframework.stereotype.Component;

/**
 * What the demo councils publish on the portal: the hub institute its earlier version and the draft now out for
 * consultation, with its member list; the manufacturing subcommittee its first version, a public round on it, and
 * the minutes (summary, then in full) of a meeting held a month ago. The automotive round's results are published by the consultation demo.
 */
@Component
class DemoPortal {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final PlanService plans;
    private final VersionService versions;
    private final PublishedPlans published;
    private final PublicCouncils councils;
    private final MeetingService meetings;
    private final AgendaService agendas;
    private final MinutesService minutes;
    private final RoundService rounds;
    private final java.time.Clock clock;

    DemoPortal(PlanService plans, VersionService versions, PublishedPlans published, PublicCouncils councils,
               MeetingService meetings, AgendaService agendas, MinutesService minutes, RoundService rounds,
               java.time.Clock clock) {
        this.rounds = rounds;
        this.plans = plans;
        this.versions = versions;
        this.published = published;
        this.councils = councils;
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.clock = clock;
    }

    void seed(Map<String, Long> ids, long automotive, long subcommittee) {
        publishAll(ids, "pranee", automotive);
        as(ids, "pranee", () -> councils.setMembersPublic(automotive, true));
        publishAll(ids, "sato", subcommittee);
        long draft = as(ids, "sato", () -> versions.versions(plans.plans(subcommittee).get(0).id())).get(0).id();
        long round = as(ids, "sato", () -> rounds.createRound(subcommittee, new NewRound(draft,
                "基本方針（案）に対する意見募集 / Public comment on the draft basic policy",
                "製造業競争力強化に関する基本方針（案）について、広く御意見を募集します。", RoundKind.PUBLIC,
                OffsetDateTime.now(clock).minusMinutes(5), null, java.util.List.of())));
        as(ids, "sato", () -> rounds.openNow(round));

        OffsetDateTime start = LocalDate.now(clock.withZone(TOKYO)).minusDays(30).atTime(LocalTime.of(14, 0))
                .atZone(TOKYO).toOffsetDateTime();
        // A meeting that is over has a read-only agenda: this one is called for tomorrow, given its agenda as it was
        // prepared, then dated back to when it took place.
        NewMeeting held = new NewMeeting(MeetingKind.SUBCOMMITTEE, "第4回 製造業競争力強化小委員会", start,
                start.plusHours(2), "経済産業省 本館17階 第1特別会議室", null, null, Set.of());
        long meeting = as(ids, "sato", () -> meetings.createMeeting(subcommittee, new NewMeeting(held.kind(),
                held.title(), start.plusDays(31), start.plusDays(31).plusHours(2), held.place(), null, null, Set.of())));
        long item = as(ids, "sato", () -> agendas.addItem(meeting, new NewAgendaItem("サプライチェーン強靱化について", 60,
                "佐藤 由紀", AgendaPurpose.DISCUSSION, null)));
        as(ids, "sato", () -> meetings.updateMeeting(meeting, held, 0));
        as(ids, "sato", () -> agendas.publish(meeting));
        AgendaItem saved = as(ids, "sato", () -> agendas.agenda(meeting)).items().stream()
                .filter(i -> i.id() == item).findFirst().orElseThrow();
        as(ids, "sato", () -> minutes.saveNotes(item, "委員から、重要部素材の調達先の多角化と中小企業への支援の拡充について"
                + "意見があった。 Members asked for diversified sourcing of critical materials and more support for "
                + "small suppliers.", saved.version()));
        as(ids, "sato", () -> minutes.addDecision(item, "事務局は次回までに調達先多角化の具体策を示す。", null));
        as(ids, "yamamoto", () -> minutes.approve(meeting));
        as(ids, "sato", () -> minutes.publishSummary(meeting, "サプライチェーン強靱化について審議し、事務局が次回までに"
                + "具体策を示すこととした。 The subcommittee discussed supply-chain resilience; the secretariat will "
                + "propose measures at the next meeting."));
        as(ids, "sato", () -> minutes.publishFull(meeting));
    }

    /** Every frozen version of the council's plans, oldest first, as a secretariat publishes them in turn. */
    private void publishAll(Map<String, Long> ids, String secretariat, long councilId) {
        for (var plan : as(ids, secretariat, () -> plans.plans(councilId))) {
            var list = new java.util.ArrayList<>(as(ids, secretariat, () -> versions.versions(plan.id())));
            java.util.Collections.reverse(list);
            for (PlanVersionInfo v : list) {
                as(ids, secretariat, () -> published.publish(v.id()));
            }
        }
    }

    private static <T> T as(Map<String, Long> ids, String username, Supplier<T> action) {
        return RunAs.user(ids.get(username), username, false, action);
    }

    private static void as(Map<String, Long> ids, String username, Runnable action) {
        RunAs.user(ids.get(username), username, false, action);
    }
}
