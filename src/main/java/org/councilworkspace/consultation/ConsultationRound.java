package org.councilworkspace.consultation;

import java.time.OffsetDateTime;
import java.util.List;

/** A consultation round as the secretariat and the public pages see it. */
public record ConsultationRound(long id, long councilId, long planId, String planTitle, long planVersionId,
                                String versionLabel, String title, String description, RoundKind kind,
                                RoundStatus status, boolean wholePlan, List<Long> sectionIds,
                                OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime publishedAt,
                                Long finalVersionId, int version) {

    public boolean acceptsSubmissions(OffsetDateTime now) {
        return status == RoundStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
