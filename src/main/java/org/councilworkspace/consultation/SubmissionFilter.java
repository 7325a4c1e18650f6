package org.councilworkspace.consultation;

import org.councilworkspace.council.OrganizationType;

/** The secretariat's grid filters; null means any. {@code text} searches name, organization and text. */
public record SubmissionFilter(Long sectionId, OrganizationType organizationType, SubmissionStatus status,
                               Boolean answered, String text) {

    public static final SubmissionFilter ALL = new SubmissionFilter(null, null, null, null, null);
}
