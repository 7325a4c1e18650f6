package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.councilworkspace.base.Html;
import org.councilworkspace.council.PublicCouncil;
import org.councilworkspace.meeting.PublicMeetings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An Atom feed per council: new published versions, open rounds, published results and released minutes. */
@RestController
class CouncilFeed {

    private record Entry(String title, String href, OffsetDateTime updated) {
    }

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private static final MediaType ICS = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PublishedDirectory directory;
    private final PortalPages pages;
    private final PublicMeetings meetings;
    private final Clock clock;

    CouncilFeed(PublishedDirectory directory, PortalPages pages, PublicMeetings meetings, Clock clock) {
        this.directory = directory;
        this.pages = pages;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The council's public meetings for a calendar program to subscribe to; unknown councils answer 404. */
    @GetMapping("/public/{lang:en|ja|th}/councils/{id:\\d+}/meetings.ics")
    ResponseEntity<String> calendar(@PathVariable String lang, @PathVariable long id) {
        PublicCouncil council = directory.council(id);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/public/" + lang;
        return ResponseEntity.ok().contentType(ICS)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .body(meetings.calendar(id, council.name(), OffsetDateTime.now(clock), m -> base + "/meetings/" + m));
    }

    @GetMapping("/public/{lang:en|ja|th}/councils/{id:\\d+}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String lang, @PathVariable long id, HttpServletResponse response) {
        PublicCouncil council = directory.council(id);
        Texts t = pages.texts(lang);
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String base = origin + "/public/" + lang;
        List<Entry> entries = new ArrayList<>();
        directory.latestVersions(id, 50).forEach(v -> entries.add(new Entry(v.planTitle() + " · " + v.label(),
                base + "/versions/" + v.versionId(), v.publishedAt())));
        directory.open(id).forEach(r -> entries.add(new Entry(r.round().title(),
                base + "/consultations/" + r.round().id(), r.round().opensAt())));
        directory.withResults(id).forEach(r -> entries.add(new Entry(t.get("consultation.results.title",
                r.round().title()), base + "/consultations/" + r.round().id() + "/results", r.round().publishedAt())));
        directory.meetings(id, 50).stream().filter(m -> m.summary() != null).forEach(m -> entries.add(new Entry(
                t.get("portal.meeting.minutes") + ": " + m.title(), base + "/meetings/" + m.id(), m.endsAt())));
        // Each publication of progress keeps its own address, so a reader of the feed sees a correction as news too.
        directory.progressOf(id).forEach(p -> entries.add(new Entry(t.get("portal.progress.title", p.planTitle()),
                base + "/plans/" + p.planId() + "/progress/" + p.id(), p.publishedAt())));
        entries.sort(Comparator.comparing(Entry::updated, Comparator.nullsLast(Comparator.reverseOrder())));
        OffsetDateTime updated = entries.isEmpty() || entries.get(0).updated() == null
                ? OffsetDateTime.parse("2000-01-01T00:00:00Z") : entries.get(0).updated();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(lang).append("\">\n<title>").append(Html.escape(council.name())).append("</title>\n<id>")
                .append(Html.escape(base + "/councils/" + id)).append("</id>\n<link rel=\"alternate\" href=\"")
                .append(Html.escape(base + "/councils/" + id)).append("\"/>\n<link rel=\"self\" href=\"")
                .append(Html.escape(base + "/councils/" + id + "/feed.atom")).append("\"/>\n<updated>")
                .append(time(updated)).append("</updated>\n<author><name>").append(Html.escape(council.name()))
                .append("</name></author>\n");
        for (Entry e : entries) {
            xml.append("<entry><title>").append(Html.escape(e.title())).append("</title><id>").append(Html.escape(e.href()))
                    .append("</id><link href=\"").append(Html.escape(e.href())).append("\"/><updated>")
                    .append(time(e.updated() == null ? updated : e.updated())).append("</updated></entry>\n");
        }
        pages.cacheable(response, updated);
        return ResponseEntity.ok().contentType(ATOM).body(xml.append("</feed>\n").toString());
    }

    private static String time(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
