package org.councilworkspace.plan;

import java.time.OffsetDateTime;

/** A frozen plan version as listed. */
public record PlanVersionInfo(long id, long planId, int majorNo, int minorNo, String label, String note,
                              String createdByName, OffsetDateTime createdAt, int sections) {

    public String number() {
        return majorNo + "." + minorNo;
    }
}
