package org.councilworkspace.implementation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One publication of a plan's progress, as listed on the portal: the day it is "as of", when it was published, the
 * tolerance its statuses were computed with, and for a correction the publication it corrects and why.
 */
public record ProgressPublication(long id, long planId, long councilId, String planTitle, int cycleStart,
                                  int cycleEnd, LocalDate asOf, int tolerancePercent, Long correctsId,
                                  String correctionReason, OffsetDateTime publishedAt) {

    public String cycle() {
        return cycleStart + "–" + cycleEnd;
    }

    public boolean isCorrection() {
        return correctsId != null;
    }
}
