package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One version of a period's reported value. A correction is a later version that names the one it replaces and why.
 */
public record Actual(long id, long kpiId, int year, int periodNo, int versionNo, BigDecimal value, String evidenceUrl,
                     String comment, Long replacesId, String correctionReason, String reportedBy,
                     OffsetDateTime reportedAt) {

    public boolean isCorrection() {
        return replacesId != null;
    }
}
