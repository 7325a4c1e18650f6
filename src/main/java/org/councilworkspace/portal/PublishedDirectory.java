package org.councilworkspace.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.council.PublicCouncil;
import org.councilworkspace.council.PublicCouncils;
import org.councilworkspace.implementation.ProgressPublication;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.meeting.PublicMeeting;
import org.councilworkspace.meeting.PublicMeetings;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.PublishedVersion;
import org.springframework.stereotype.Component;

/**
 * Which councils the portal shows: those that publish something (a plan version, a public round, results, a public
 * meeting, a plan's progress), gathered from the features' published-only reads. A council that publishes nothing does not exist here.
 */
@Component
class PublishedDirectory {

    /** A round as listed, with the whole days left to comment (for open rounds). */
    public record ListedRound(ConsultationRound round, long daysLeft) {
    }

    private final PublicCouncils councils;
    private final PublishedPlans plans;
    private final PublicConsultation consultation;
    private final PublicMeetings meetings;
    private final ProgressTracker progress;
    private final Clock clock;

    PublishedDirectory(PublicCouncils councils, PublishedPlans plans, PublicConsultation consultation,
                       PublicMeetings meetings, ProgressTracker progress, Clock clock) {
        this.progress = progress;
        this.councils = councils;
        this.plans = plans;
        this.consultation = consultation;
        this.meetings = meetings;
        this.clock = clock;
    }

    List<PublicCouncil> councils() {
        Set<Long> ids = new LinkedHashSet<>();
        plans.latest(null, 500).forEach(v -> ids.add(v.councilId()));
        allRounds().forEach(r -> ids.add(r.councilId()));
        meetings.ofCouncil(null, 500).forEach(m -> ids.add(m.councilId()));
        progress.currentOfPlans(null).forEach(p -> ids.add(p.councilId()));
        return councils.profiles(ids);
    }

    PublicCouncil council(long councilId) {
        return councils().stream().filter(c -> c.id() == councilId).findFirst()
                .orElseThrow(() -> new NotFoundException("Council"));
    }

    List<org.councilworkspace.council.PublicMember> members(long councilId) {
        return councils.members(councilId);
    }

    List<PublishedVersion> latestVersions(Long councilId, int limit) {
        return plans.latest(councilId, limit);
    }

    /** One entry per plan: its newest published version. */
    List<PublishedVersion> plansOf(long councilId) {
        Set<Long> seen = new LinkedHashSet<>();
        return plans.latest(councilId, 500).stream().filter(v -> seen.add(v.planId())).toList();
    }

    /** The current progress publication of each plan that published progress, of one council or (null) all. */
    List<ProgressPublication> progressOf(Long councilId) {
        return progress.currentOfPlans(councilId);
    }

    /** The plan's current progress publication, if it published any. */
    ProgressPublication progressOfPlan(long planId) {
        return progress.publications(planId).stream().findFirst().orElse(null);
    }

    List<ListedRound> open(Long councilId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return of(consultation.openRounds(), councilId).stream()
                .map(r -> new ListedRound(r, Math.max(0, Duration.between(now, r.closesAt()).toDays()))).toList();
    }

    List<ListedRound> upcoming(Long councilId) {
        return of(consultation.upcomingRounds(), councilId).stream().map(r -> new ListedRound(r, 0)).toList();
    }

    List<ListedRound> closed(Long councilId) {
        return of(consultation.closedRounds(), councilId).stream().map(r -> new ListedRound(r, 0)).toList();
    }

    List<ListedRound> withResults(Long councilId) {
        return of(consultation.publishedRounds(), councilId).stream().map(r -> new ListedRound(r, 0)).toList();
    }

    List<PublicMeeting> meetings(Long councilId, int limit) {
        return meetings.ofCouncil(councilId, limit);
    }

    List<PublicMeeting> latestMinutes(int limit) {
        return meetings.withMinutes(limit);
    }

    private Stream<ConsultationRound> allRounds() {
        List<ConsultationRound> all = new ArrayList<>(consultation.openRounds());
        all.addAll(consultation.upcomingRounds());
        all.addAll(consultation.closedRounds());
        all.addAll(consultation.publishedRounds());
        return all.stream();
    }

    private static List<ConsultationRound> of(List<ConsultationRound> rounds, Long councilId) {
        return councilId == null ? rounds : rounds.stream().filter(r -> r.councilId() == councilId).toList();
    }
}
