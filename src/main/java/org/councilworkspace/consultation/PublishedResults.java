package org.councilworkspace.consultation;

import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.council.OrganizationType;

/**
 * The published outcome of a round: the comment-response table per section, and how the consulted text
 * differs from the final one (the plan's newest frozen version when the results were published).
 */
public record PublishedResults(ConsultationRound round, String finalVersionLabel, OffsetDateTime publishedAt,
                               List<Section> sections, List<TextChange> textChanges) {

    /** A part of the table; a null section id holds the comments on the plan as a whole. */
    public record Section(Long sectionId, String title, List<Entry> entries) {
    }

    /**
     * One row: a comment (or, for a group, its summary and how many comments it stands for), the answer,
     * and the change made with its diff as escaped HTML (null when the answer changed no text).
     * The name is shown only when the submitter consented. When the change is carried by a published version, its
     * id and the section's id locate it there (the section's anchor on the portal); otherwise both are null.
     */
    public record Entry(String receiptNo, String opinion, boolean summary, int comments, String publishedName,
                        String organizationName, OrganizationType organizationType, Disposition disposition,
                        String reasoning, String changeTitle, String changeHtml, Long changeVersionId,
                        Long changeSectionId) {

        /** A row whose change is in no published version (or which changed nothing). */
        public Entry(String receiptNo, String opinion, boolean summary, int comments, String publishedName,
                     String organizationName, OrganizationType organizationType, Disposition disposition,
                     String reasoning, String changeTitle, String changeHtml) {
            this(receiptNo, opinion, summary, comments, publishedName, organizationName, organizationType,
                    disposition, reasoning, changeTitle, changeHtml, null, null);
        }
    }

    /** A consulted section's text in the consulted and the final version, as an escaped inline diff. */
    public record TextChange(String title, int wordsChanged, String diffHtml) {
    }
}
