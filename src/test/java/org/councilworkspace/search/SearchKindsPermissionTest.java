package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Amendments, positions, submissions and answers, agendas and minutes, measures and KPIs are found by whoever their
 * screens show them to, and by nobody else: never across councils, never before the feature's rules allow.
 */
@ServiceTest
class SearchKindsPermissionTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired Fixtures fixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    @Autowired DraftingService drafting;
    @Autowired AmendmentService amendments;
    @Autowired ConsensusService consensus;
    @Autowired VersionService versions;
    @Autowired RoundService rounds;
    @Autowired ReviewService review;
    @Autowired PublicConsultation publicConsultation;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;
    SearchWorld world;

    @BeforeEach
    void searchWorld() {
        world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
    }

    @Test
    void amendments_and_positions_are_found_by_their_council_only() {
        String word = SearchWorld.word();
        PlanWorld a = world.world();
        PlanWorld b = world.world();
        long section = world.section(a, "Targets", "Thirty per cent by 2030.");
        long amendment = AsUser.call(a.member(), () -> amendments.propose(section,
                drafting.section(section).revisionId(), "Forty per cent by 2030.", "More ambition on " + word));
        AsUser.call(a.member(), () -> consensus.recordPosition(a.planId(), section, Stance.OBJECT,
                "The " + word + " target is too low"));
        searchIndex.awaitWrites();

        assertThat(kinds(a.observer(), word)).containsExactlyInAnyOrder(SearchKind.AMENDMENT, SearchKind.POSITION);
        SearchHit hit = world.search(a.chair(), word).hits().stream()
                .filter(h -> h.kind() == SearchKind.AMENDMENT).findFirst().orElseThrow();
        assertThat(hit.objectId()).isEqualTo(amendment);
        assertThat(hit.sectionId()).isEqualTo(section);
        assertThat(world.search(b.chair(), word).hits()).isEmpty();
        assertThat(world.search(b.member(), word).hits()).isEmpty();
    }

    @Test
    void submissions_and_answers_are_found_only_by_those_who_run_consultations_and_never_by_another_council() {
        String word = SearchWorld.word();
        ConsultationWorld consultations = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World w = consultations.create();
        ConsultationWorld.World other = consultations.create();
        long round = consultations.openPublicRound(w);
        publicConsultation.submit(round, ConsultationWorld.comment("Battery " + word + " recycling please"), "10.0.0.1");
        searchIndex.awaitWrites();
        long submission = AsUser.call(w.secretariat(), () -> review.submissions(round, null, 0, 10)).get(0).id();
        AsUser.call(w.secretariat(), () -> review.respond(submission, Disposition.NOTED,
                "We add " + word + " targets", null));
        searchIndex.awaitWrites();

        assertThat(kinds(w.secretariat(), word)).containsExactlyInAnyOrder(SearchKind.SUBMISSION, SearchKind.ANSWER);
        assertThat(kinds(w.plan().chair(), word)).containsExactlyInAnyOrder(SearchKind.SUBMISSION, SearchKind.ANSWER);
        assertThat(kinds(w.viceChair(), word)).hasSize(2);
        assertThat(world.search(w.plan().member(), word).hits()).isEmpty();
        assertThat(world.search(w.plan().observer(), word).hits()).isEmpty();
        assertThat(world.search(other.secretariat(), word).hits()).isEmpty();
    }

    @Test
    void nobody_finds_draft_minutes_or_an_unpublished_agenda_they_may_not_read() {
        String notes = SearchWorld.word();
        String agendaWord = SearchWorld.word();
        PlanWorld w = world.world();
        PlanWorld other = world.world();
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusHours(1);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "Plenary", start, start.plusHours(3), "Room 1", null, null,
                Set.of(w.member().id()))));
        long item = AsUser.call(w.secretariat(), () -> agendas.addItem(meeting, new NewAgendaItem(
                "Targets " + agendaWord, 30, null, AgendaPurpose.DISCUSSION, null)));
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(item, "The council discussed " + notes, 0));
        searchIndex.awaitWrites();

        assertThat(kinds(w.secretariat(), agendaWord)).containsExactlyInAnyOrder(SearchKind.AGENDA,
                SearchKind.MINUTES);
        assertThat(world.search(w.member(), agendaWord).hits()).as("agenda not published").isEmpty();
        assertThat(kinds(w.chair(), notes)).containsExactly(SearchKind.MINUTES);
        assertThat(kinds(w.secretariat(), notes)).containsExactly(SearchKind.MINUTES);
        assertThat(world.search(w.member(), notes).hits()).isEmpty();
        assertThat(world.search(w.observer(), notes).hits()).isEmpty();

        AsUser.call(w.secretariat(), () -> agendas.publish(meeting));
        clock.advance(Duration.ofHours(2));
        AsUser.run(w.chair(), () -> minutes.approve(meeting));
        searchIndex.awaitWrites();
        assertThat(kinds(w.member(), agendaWord)).containsExactly(SearchKind.AGENDA);
        assertThat(world.search(w.member(), notes).hits()).as("approved, not published").isEmpty();

        AsUser.run(w.secretariat(), () -> minutes.publishSummary(meeting, "Summary of the plenary"));
        AsUser.run(w.secretariat(), () -> minutes.publishFull(meeting));
        searchIndex.awaitWrites();
        assertThat(kinds(w.observer(), notes)).containsExactly(SearchKind.MINUTES);
        assertThat(world.search(other.chair(), notes).hits()).isEmpty();
    }

    @Test
    void measures_and_kpis_are_found_by_every_reader_of_their_council_only() {
        RegisterWorld r = new RegisterWorld(fixtures, planFixtures, councils, outline, register, clock);
        PlanWorld other = world.world();
        searchIndex.awaitWrites();
        String words = "assembly lines";
        List<SearchHit> hits = AsUser.call(r.plan.observer(), () -> searchService.search(new SearchQuery(words,
                r.plan.councilId(), null, SearchOrder.RELEVANCE))).hits();
        assertThat(hits).extracting(SearchHit::kind).contains(SearchKind.MEASURE);
        assertThat(hits).filteredOn(h -> h.kind() == SearchKind.MEASURE).extracting(SearchHit::objectId)
                .contains(r.measureId);
        assertThat(AsUser.call(r.plan.member(), () -> searchService.search(new SearchQuery(
                "Office of Industrial Economics", r.plan.councilId(), SearchKind.KPI, SearchOrder.RELEVANCE))).hits())
                .extracting(SearchHit::objectId).contains(r.measureId);
        assertThat(world.search(other.chair(), "Office of Industrial Economics").hits())
                .noneMatch(h -> h.councilId() == r.plan.councilId());
    }

    private List<SearchKind> kinds(TestUser who, String word) {
        return world.search(who, word).hits().stream().map(SearchHit::kind).toList();
    }
}
