package org.councilworkspace.consultation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.council.OrganizationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A round's statistics, aggregated in one SQL query. */
@Service
@Transactional(readOnly = true)
public class ConsultationStatistics {

    private final ConsultationAccess access;
    private final SubmissionRepository submissions;
    private final PlanTextRepository texts;
    private final RoundRepository rounds;

    ConsultationStatistics(ConsultationAccess access, SubmissionRepository submissions, PlanTextRepository texts,
                           RoundRepository rounds) {
        this.access = access;
        this.submissions = submissions;
        this.texts = texts;
        this.rounds = rounds;
    }

    /** For the secretariat at any time. */
    public RoundStatistics statistics(long roundId) {
        return build(access.round(roundId).round());
    }

    /** For everyone, once the round's results are published. */
    public RoundStatistics publishedStatistics(long roundId) {
        ConsultationRound round = rounds.find(roundId).filter(r -> r.status() == RoundStatus.PUBLISHED)
                .orElseThrow(() -> new org.councilworkspace.base.NotFoundException("Round"));
        return build(round);
    }

    private RoundStatistics build(ConsultationRound round) {
        Map<OrganizationType, Integer> byType = new EnumMap<>(OrganizationType.class);
        Map<Disposition, Integer> byDisposition = new EnumMap<>(Disposition.class);
        Map<Long, Integer> bySectionId = new LinkedHashMap<>();
        int unanswered = 0;
        for (SubmissionRepository.StatsRow row : submissions.stats(round.id())) {
            byType.merge(row.type(), row.count(), Integer::sum);
            if (row.disposition() == null) {
                unanswered += row.count();
            } else {
                byDisposition.merge(row.disposition(), row.count(), Integer::sum);
            }
            bySectionId.merge(row.sectionId() == null ? -1L : row.sectionId(), row.count(), Integer::sum);
        }
        List<RoundStatistics.SectionCount> bySection = new ArrayList<>();
        Integer whole = bySectionId.get(-1L);
        if (whole != null) {
            bySection.add(new RoundStatistics.SectionCount(null, null, whole));
        }
        for (RoundSection s : RoundService.consulted(round, texts)) {
            Integer count = bySectionId.get(s.sectionId());
            if (count != null) {
                bySection.add(new RoundStatistics.SectionCount(s.sectionId(), s.numberedTitle(), count));
            }
        }
        return new RoundStatistics(byType, bySection, byDisposition, unanswered);
    }
}
