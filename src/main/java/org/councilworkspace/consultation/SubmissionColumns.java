package org.councilworkspace.consultation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.Messages;

/**
 * The columns of a round's spreadsheet, in one of two forms. For people: headers and values in the reader's language,
 * dates in the council's calendar. For data tools (open data): stable column codes, enum codes and ISO 8601 times in
 * UTC, the same whatever language the downloader reads. Both have the same columns in the same order.
 */
final class SubmissionColumns {

    static final List<String> CODES = List.of("receipt", "received", "name", "organization", "organization_type",
            "email", "section", "status", "hidden_reason", "group", "consent_to_publish_name", "text", "disposition",
            "response", "revision_id");

    /** Null for the data-tools form. */
    private final CalendarDates people;

    private SubmissionColumns(CalendarDates people) {
        this.people = people;
    }

    static SubmissionColumns forDataTools() {
        return new SubmissionColumns(null);
    }

    static SubmissionColumns forPeople(CalendarDates dates) {
        return new SubmissionColumns(dates);
    }

    List<String> headers() {
        return people == null ? CODES
                : CODES.stream().map(c -> Messages.get("consultation.sheet." + c, people.locale())).toList();
    }

    String sheetName() {
        return people == null ? "submissions" : Messages.get("consultation.sheet.sheet", people.locale());
    }

    List<String> row(Submission s, Response r) {
        return List.of(s.receiptNo(), received(s), s.submitterName(), nz(s.organizationName()),
                label("OrganizationType.", s.organizationType()), s.email(), nz(s.sectionTitle()),
                label("consultation.SubmissionStatus.", s.status()), nz(s.hiddenReason()), nz(s.groupLabel()),
                consent(s.consentToPublishName()), s.text(),
                r == null ? "" : label("consultation.Disposition.", r.disposition()), r == null ? "" : r.reasoning(),
                r == null || r.revisionId() == null ? "" : r.revisionId().toString());
    }

    private String received(Submission s) {
        return people == null ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.receivedAt().withOffsetSameInstant(
                ZoneOffset.UTC)) : people.dateTime(s.receivedAt());
    }

    private String label(String prefix, Enum<?> value) {
        return people == null ? value.name() : Messages.get(prefix + value.name(), people.locale());
    }

    private String consent(boolean consent) {
        return people == null ? Boolean.toString(consent)
                : Messages.get(consent ? "consultation.sheet.yes" : "consultation.sheet.no", people.locale());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
