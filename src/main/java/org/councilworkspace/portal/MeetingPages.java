package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.meeting.PublicMeeting;
import org.councilworkspace.meeting.PublicMeetings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public calendar of meetings and a meeting's published agenda and minutes. */
@Controller
class MeetingPages {

    private final PortalPages pages;
    private final PublicMeetings meetings;
    private final Clock clock;

    MeetingPages(PortalPages pages, PublicMeetings meetings, Clock clock) {
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
        return "portal/meeting";
    }
}
