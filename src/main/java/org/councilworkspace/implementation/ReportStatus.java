package org.councilworkspace.implementation;

/** Where an agency's report in a reporting round stands. An accepted report is locked. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The agency's reporters may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
