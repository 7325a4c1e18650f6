package org.councilworkspace.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.search.SearchHit;
import org.councilworkspace.search.SearchKind;
import org.councilworkspace.search.SnippetPart;
import org.junit.jupiter.api.Test;

/** A hit in an attached file opens what the file is attached to. */
class HitLinksTest {

    @Test
    void a_submission_attachment_opens_its_round_and_a_meeting_document_its_meeting() {
        assertThat(HitCard.link(hit(SearchKind.ATTACHMENT, 41))).isEqualTo("consultations/41");
        assertThat(HitCard.link(hit(SearchKind.MEETING_DOCUMENT, 7))).isEqualTo("meetings/7");
    }

    private static SearchHit hit(SearchKind kind, long objectId) {
        return new SearchHit(kind, 1, 2L, null, null, objectId, null, "annex.pdf · Round", null, null,
                OffsetDateTime.parse("2027-01-05T10:00:00Z"), List.of(new SnippetPart("text", true)));
    }
}
