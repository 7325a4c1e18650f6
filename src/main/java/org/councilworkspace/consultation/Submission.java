package org.councilworkspace.consultation;

import java.time.OffsetDateTime;
import org.councilworkspace.council.OrganizationType;

/** A submission as the secretariat reviews it, with its group and the answer in force (own or its group's). */
public record Submission(long id, long roundId, String receiptNo, String submitterName, String organizationName,
                         OrganizationType organizationType, String email, Long sectionId, String sectionTitle,
                         String text, boolean consentToPublishName, SubmissionStatus status, String hiddenReason,
                         Long groupId, String groupLabel, boolean hasAttachment, Disposition disposition,
                         OffsetDateTime receivedAt, int version) {

    public boolean answered() {
        return disposition != null;
    }
}
