package org.councilworkspace.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Offers follow-up items for a new meeting of a series. Other features implement it (the implementation register
 * offers delayed measures, KPIs off track and overdue reports) so that meetings never read their internals. Called
 * inside the series service after it has checked that the caller manages the council's meetings.
 */
public interface FollowUpSource {

    /**
     * @param since when the series' previous meeting started, or null for its first meeting (then everything that
     *              stands now counts)
     */
    List<FollowUp> followUps(long councilId, OffsetDateTime since, LocalDate today);
}
