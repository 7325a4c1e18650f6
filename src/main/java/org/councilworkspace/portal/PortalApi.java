package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.plan.FrozenVersion;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.PublishedResults;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.implementation.PublishedProgress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only open-data API, version 1: published items only, as JSON. A later incompatible change gets /v2 beside
 * it; fields may be added to v1, never removed or renamed.
 */
@RestController
class PortalApi {

    public record CouncilItem(long id, String name, String kind, String mandate, String href) {
    }

    public record VersionItem(long id, long planId, String plan, String cycle, long councilId, String label,
                              String number, OffsetDateTime publishedAt, String href) {
    }

    public record SectionItem(long id, String anchor, int depth, String number, String title, String markdown) {
    }

    public record VersionDocument(VersionItem version, List<SectionItem> sections) {
    }

    public record RoundItem(long id, long councilId, String title, String kind, String status, OffsetDateTime opensAt,
                            OffsetDateTime closesAt, OffsetDateTime publishedAt, String href) {
    }

    private final PublishedDirectory directory;
    private final PublishedPlans plans;
    private final PublicConsultation consultation;
    private final PortalPages pages;
    private final ProgressTracker progress;

    PortalApi(PublishedDirectory directory, PublishedPlans plans, PublicConsultation consultation, PortalPages pages,
              ProgressTracker progress) {
        this.progress = progress;
        this.directory = directory;
        this.plans = plans;
        this.consultation = consultation;
        this.pages = pages;
    }

    @GetMapping("/public/api/v1/councils")
    List<CouncilItem> councils(HttpServletResponse response) {
        pages.cacheable(response, null);
        return directory.councils().stream().map(c -> new CouncilItem(c.id(), c.name(), c.kind().name(), c.mandate(),
                "/public/en/councils/" + c.id())).toList();
    }

    @GetMapping("/public/api/v1/versions")
    List<VersionItem> versions(HttpServletResponse response) {
        pages.cacheable(response, null);
        return directory.latestVersions(null, 500).stream().map(v -> new VersionItem(v.versionId(), v.planId(),
                v.planTitle(), v.cycle(), v.councilId(), v.label(), v.number(), v.publishedAt(),
                "/public/en/versions/" + v.versionId())).toList();
    }

    @GetMapping("/public/api/v1/versions/{id:\\d+}")
    VersionDocument version(@PathVariable long id, HttpServletResponse response) {
        FrozenVersion v = plans.version(id);
        VersionItem item = versions(response).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new org.councilworkspace.base.NotFoundException("Version"));
        return new VersionDocument(item, v.sections().stream().map(s -> new SectionItem(s.sectionId(),
                "s" + s.sectionId(), s.depth(), s.number(), s.title(), s.body())).toList());
    }

    @GetMapping("/public/api/v1/consultations")
    List<RoundItem> consultations(HttpServletResponse response) {
        pages.cacheable(response, null);
        List<RoundItem> items = new java.util.ArrayList<>();
        for (var list : List.of(directory.open(null), directory.upcoming(null), directory.closed(null),
                directory.withResults(null))) {
            list.forEach(r -> items.add(new RoundItem(r.round().id(), r.round().councilId(), r.round().title(),
                    r.round().kind().name(), r.round().status().name(), r.round().opensAt(), r.round().closesAt(),
                    r.round().publishedAt(), "/public/en/consultations/" + r.round().id())));
        }
        return items;
    }

    /** A plan's current progress publication: its measures and KPIs as published, with the publication's dates. */
    @GetMapping("/public/api/v1/plans/{id:\\d+}/progress")
    PublishedProgress progress(@PathVariable long id, HttpServletResponse response) {
        PublishedProgress current = progress.current(id);
        pages.cacheable(response, current.publication().publishedAt());
        return current;
    }

    @GetMapping("/public/api/v1/consultations/{id:\\d+}/results")
    PublishedResults results(@PathVariable long id, HttpServletResponse response) {
        PublishedResults results = consultation.results(id);
        pages.cacheable(response, results.publishedAt());
        return results;
    }
}
