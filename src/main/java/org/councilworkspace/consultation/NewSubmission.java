package org.councilworkspace.consultation;

import org.councilworkspace.council.OrganizationType;

/**
 * A comment as typed into the public form. {@code website} is the honeypot field people never see;
 * the attachment is optional (null bytes).
 */
public record NewSubmission(String name, String organizationName, OrganizationType organizationType, String email,
                            Long sectionId, String text, boolean consentToPublishName, String website,
                            String attachmentName, byte[] attachment) {
}
