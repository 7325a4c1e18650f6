package org.councilworkspace.meeting;

/** Minutes go draft → approved by the chair → summary published → full minutes published (staged disclosure). */
public enum MinutesStatus {
    DRAFT, APPROVED, SUMMARY_PUBLISHED, PUBLISHED;

    public boolean summaryPublic() {
        return this == SUMMARY_PUBLISHED || this == PUBLISHED;
    }
}
