package org.councilworkspace.meeting;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The personal calendar feed for calendar programs, which cannot sign in: open without a session, answered
 * only for a valid, unrevoked token (404 otherwise, so tokens cannot be probed for).
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar-feed/";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarService calendar;

    CalendarFeedController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return calendar.feed(token, id -> base + "/meetings/" + id)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR)
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
