package org.councilworkspace.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.implementation.ReportingFrequency;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "What needs me", kind by kind: each person sees their own open tasks, in their own councils, and nobody else's. */
abstract class WhatNeedsMeContract {

    @Autowired List<OpenTasks> contributors;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures planFixtures;
    @Autowired PlanService plans;
    @Autowired DraftingService drafting;
    @Autowired CommentService comments;
    @Autowired AmendmentService amendments;
    @Autowired ConsensusService consensus;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired VersionService versions;
    @Autowired RoundService rounds;
    @Autowired PublicConsultation publicSide;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;

    PlanWorld w;
    long section;

    @BeforeEach
    void world() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A regional hub for clean vehicles.");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_lead_drafter_sees_the_open_threads_on_their_section_and_the_commenter_and_outsider_do_not() {
        AsUser.run(w.member(), () -> comments.startThread(section, NewThread.onSection(Visibility.COUNCIL, "Which region?")));
        AsUser.run(w.chair(), () -> comments.startThread(section, NewThread.onSection(Visibility.COUNCIL, "And when?")));

        OpenTask task = only(w.lead(), "OPEN_THREADS_ON_LED_SECTION");
        assertThat(task.count()).isEqualTo(2);
        assertThat(task.args()).containsExactly("Vision");
        assertThat(task.path()).isEqualTo("plans/" + w.planId() + "/sections/" + section);
        assertThat(kinds(w.member())).doesNotContain("OPEN_THREADS_ON_LED_SECTION");
        assertThat(tasks(w.outsider())).isEmpty();
    }

    @Test
    void secretariat_notes_do_not_count_for_a_lead_drafter_who_may_not_read_them() {
        AsUser.run(w.secretariat(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.SECRETARIAT, "Check the numbers with the ministry.")));
        assertThat(kinds(w.lead())).doesNotContain("OPEN_THREADS_ON_LED_SECTION");
    }

    @Test
    void a_lead_drafter_sees_amendments_awaiting_their_decision_but_not_their_own() {
        AsUser.run(w.member(), () -> amendments.propose(section, drafting.section(section).revisionId(),
                "A regional hub for clean and safe vehicles.", "Safety matters."));
        AsUser.run(w.lead(), () -> amendments.propose(section, drafting.section(section).revisionId(),
                "A hub for clean vehicles.", "Shorter."));

        OpenTask task = only(w.lead(), "AMENDMENTS_TO_DECIDE");
        assertThat(task.count()).isEqualTo(1);
        assertThat(kinds(w.member())).doesNotContain("AMENDMENTS_TO_DECIDE");
    }

    @Test
    void voting_members_are_asked_for_positions_under_deliberation_and_to_renew_stale_ones_and_observers_never() {
        assertThat(kinds(w.member())).as("a plan still being drafted asks nobody").doesNotContain("POSITIONS_TO_GIVE");
        int version = AsUser.call(w.secretariat(), () -> plans.plan(w.planId())).version();
        AsUser.run(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.DELIBERATION, version));

        assertThat(only(w.member(), "POSITIONS_TO_GIVE").count()).isEqualTo(1);
        assertThat(only(w.chair(), "POSITIONS_TO_GIVE").path()).isEqualTo("plans/" + w.planId() + "/consensus");
        assertThat(kinds(w.secretariat())).as("not a voting member").doesNotContain("POSITIONS_TO_GIVE");
        assertThat(kinds(w.observer())).doesNotContain("POSITIONS_TO_GIVE");

        AsUser.run(w.member(), () -> consensus.recordPosition(w.planId(), section, Stance.AGREE, null));
        assertThat(kinds(w.member())).doesNotContain("POSITIONS_TO_GIVE", "POSITIONS_TO_RENEW");
        planFixtures.write(w.lead(), section, "A regional hub for clean vehicles and batteries.");
        assertThat(only(w.member(), "POSITIONS_TO_RENEW").count()).isEqualTo(1);
    }

    @Test
    void invitees_see_coming_meetings_to_answer_until_they_answer_and_the_chair_sees_minutes_to_approve() {
        OffsetDateTime soon = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(3);
        long coming = meeting("5th plenary", soon);
        OpenTask rsvp = only(w.member(), "MEETING_TO_ANSWER");
        assertThat(rsvp.args()).containsExactly("5th plenary");
        assertThat(rsvp.path()).isEqualTo("meetings/" + coming);
        assertThat(kinds(w.secretariat())).as("not invited").doesNotContain("MEETING_TO_ANSWER");
        AsUser.run(w.member(), () -> meetings.respond(coming, org.councilworkspace.meeting.InvitationResponse.ATTENDING,
                null));
        assertThat(kinds(w.member())).doesNotContain("MEETING_TO_ANSWER");

        long held = meeting("4th plenary", soon);
        long item = AsUser.call(w.secretariat(), () -> agendas.addItem(held,
                new NewAgendaItem("Targets", 20, null, AgendaPurpose.DISCUSSION, null)));
        clock.advance(java.time.Duration.ofDays(3).plusHours(3));
        assertThat(kinds(w.chair())).as("nothing written yet").doesNotContain("MINUTES_TO_APPROVE");
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(item, "Agreed to keep 30 per cent.", 0));
        assertThat(only(w.chair(), "MINUTES_TO_APPROVE").path()).isEqualTo("meetings/" + held);
        assertThat(kinds(w.member())).doesNotContain("MINUTES_TO_APPROVE");
        AsUser.run(w.chair(), () -> minutes.approve(held));
        assertThat(kinds(w.chair())).doesNotContain("MINUTES_TO_APPROVE");
    }

    @Test
    void the_secretariat_sees_submissions_without_a_response_once_the_round_is_closed() {
        ConsultationWorld worlds = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World cw = worlds.create();
        long roundId = worlds.openPublicRound(cw);
        publicSide.submit(roundId, ConsultationWorld.comment("Say more about hydrogen."), "192.0.2.41");
        publicSide.submit(roundId, ConsultationWorld.comment("And about batteries."), "192.0.2.42");
        assertThat(kinds(cw.secretariat())).as("still open").doesNotContain("SUBMISSIONS_TO_ANSWER");
        AsUser.run(cw.secretariat(), () -> rounds.closeNow(roundId, "Enough comments."));

        OpenTask task = only(cw.secretariat(), "SUBMISSIONS_TO_ANSWER");
        assertThat(task.count()).isEqualTo(2);
        assertThat(task.path()).isEqualTo("consultations/" + roundId);
        assertThat(kinds(cw.plan().member())).doesNotContain("SUBMISSIONS_TO_ANSWER");
        assertThat(kinds(w.secretariat())).as("another council's secretariat").doesNotContain("SUBMISSIONS_TO_ANSWER");
    }

    @Test
    void a_reporter_sees_the_report_due_from_their_agency_and_an_observer_of_the_same_agency_does_not() {
        RegisterWorld rw = new RegisterWorld(fixtures, planFixtures, councils, outline, register, clock);
        LocalDate deadline = LocalDate.now(clock).plusDays(14);
        AsUser.run(rw.plan.secretariat(), () -> register.openReportingRound(rw.plan.planId(),
                new org.councilworkspace.implementation.NewRound(ReportingFrequency.ANNUAL, rw.year - 1, 1, deadline)));

        OpenTask task = only(rw.reporter, "REPORT_DUE");
        assertThat(task.args()).containsExactly(RegisterWorld.MINISTRY, deadline.toString());
        assertThat(task.path()).startsWith("reports/");
        assertThat(kinds(rw.affiliatedObserver)).doesNotContain("REPORT_DUE");
        assertThat(kinds(rw.plan.lead())).doesNotContain("REPORT_DUE");
    }

    @Test
    void nobody_signed_in_is_refused_and_a_person_with_nothing_to_do_gets_no_task() {
        for (OpenTasks contributor : contributors) {
            assertThatThrownBy(contributor::openTasks).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(tasks(w.observer())).isEmpty();
    }

    private long meeting(String title, OffsetDateTime start) {
        return AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, title, start, start.plusHours(2), "Hall B", null, null,
                Set.of(w.chair().id(), w.member().id()))));
    }

    private List<OpenTask> tasks(TestUser who) {
        return AsUser.call(who, () -> contributors.stream().flatMap(c -> c.openTasks().stream()).toList());
    }

    private List<String> kinds(TestUser who) {
        return tasks(who).stream().map(OpenTask::kind).toList();
    }

    private OpenTask only(TestUser who, String kind) {
        List<OpenTask> ofKind = tasks(who).stream().filter(t -> t.kind().equals(kind)).toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }
}
