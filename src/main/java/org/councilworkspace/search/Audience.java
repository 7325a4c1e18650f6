package org.councilworkspace.search;

import org.councilworkspace.consultation.ConsultationTexts;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.meeting.MeetingTexts;
import org.councilworkspace.security.CouncilRole;

/**
 * Who reads an indexed thing inside its council, by role. Each audience defers to the rule of the feature whose
 * screens show the thing, so search and screens cannot drift apart. PUBLIC things are read by nobody here: they
 * are the portal's, searched only there.
 */
enum Audience {
    /** Every reader of the council: sections, open threads, amendments, positions, published agendas and minutes. */
    COUNCIL,
    /** Working notes of the secretariat, chair and vice-chair. */
    SECRETARIAT,
    /** Submissions and answers: those who run consultations. */
    CONSULTATION,
    /** An agenda not yet published: those who run meetings. */
    MEETING_MANAGERS,
    /** Minutes not yet published: those who see drafts. */
    DRAFT_MINUTES,
    PUBLIC;

    boolean readableBy(CouncilRole role) {
        return switch (this) {
            case COUNCIL -> Visibility.COUNCIL.readableBy(role);
            case SECRETARIAT -> Visibility.SECRETARIAT.readableBy(role);
            case CONSULTATION -> ConsultationTexts.readsSubmissions(role);
            case MEETING_MANAGERS -> MeetingTexts.managesMeetings(role);
            case DRAFT_MINUTES -> MeetingTexts.seesDraftMinutes(role);
            case PUBLIC -> false;
        };
    }
}
