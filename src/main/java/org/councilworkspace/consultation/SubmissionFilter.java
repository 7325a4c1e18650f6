package org.councilworkspace.consultation;

import org.councilworkspace.council.OrganizationType;

/**
 * The secretariat's grid filters; null means any. {@code text} searches name, organization and text;
 * {@code disposition} is the answer in force (own or the group's), {@code groupId} the group a submission is in.
 */
public record SubmissionFilter(Long sectionId, OrganizationType organizationType, SubmissionStatus status,
                               Boolean answered, String text, Disposition disposition, Long groupId) {

    public static final SubmissionFilter ALL = new SubmissionFilter(null, null, null, null, null);

    public SubmissionFilter(Long sectionId, OrganizationType organizationType, SubmissionStatus status,
                            Boolean answered, String text) {
        this(sectionId, organizationType, status, answered, text, null, null);
    }

    /** The same filter narrowed to what is still to answer: visible and without an answer in force. */
    public SubmissionFilter unansweredOnly() {
        return new SubmissionFilter(sectionId, organizationType, SubmissionStatus.VISIBLE, false, text, null, groupId);
    }
}
