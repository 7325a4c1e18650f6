package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.meeting.PublicMeeting;
import org.councilworkspace.meeting.DocumentFile;
import org.councilworkspace.meeting.MeetingDocuments;
import org.councilworkspace.meeting.PublicMeetings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public calendar of meetings and a meeting's published agenda and minutes. */
@Controller
class MeetingPages {

    private final PortalPages pages;
    private final PublicMeetings meetings;
    private final MeetingDocuments documents;
    private final Clock clock;

    MeetingPages(PortalPages pages, PublicMeetings meetings, MeetingDocuments documents, Clock clock) {
        this.documents = documents;
        this.pages = pages;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/public/{lang:en|ja|th}/meetings")
    String calendar(@PathVariable String lang, Model model, HttpServletResponse response) {
        pages.page(model, lang, "/meetings", pages.texts(lang).get("portal.meetings.title"), response, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PublicMeeting> all = meetings.ofCouncil(null, 200);
        List<PublicMeeting> upcoming = new java.util.ArrayList<>(all.stream().filter(m -> !m.endsAt().isBefore(now)).toList());
        java.util.Collections.reverse(upcoming); // soonest first
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", all.stream().filter(m -> m.endsAt().isBefore(now)).toList());
        return "portal/meetings";
    }

    @GetMapping("/public/{lang:en|ja|th}/meetings/{id:\\d+}")
    String meeting(@PathVariable String lang, @PathVariable long id, Model model, HttpServletResponse response) {
        PublicMeeting meeting = meetings.meeting(id);
        pages.page(model, lang, "/meetings/" + id, meeting.title(), response, null);
        model.addAttribute("meeting", meeting);
        model.addAttribute("documents", documents.publicDocuments(id));
        return "portal/meeting";
    }

    /** A public document of a meeting the portal shows; every other id, as everywhere, is not found. */
    @GetMapping("/public/{lang:en|ja|th}/meetings/{id:\\d+}/documents/{documentId:\\d+}")
    ResponseEntity<byte[]> document(@PathVariable String lang, @PathVariable long id, @PathVariable long documentId) {
        DocumentFile file = documents.publicFile(id, documentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
