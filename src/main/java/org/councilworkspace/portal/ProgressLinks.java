package org.councilworkspace.portal;

import java.util.List;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ProgressPublication;
import org.springframework.stereotype.Component;

/** The links from a council's page and a plan's pages to the plans' progress trackers, dated in the council's calendar. */
@Component
class ProgressLinks {

    /** A link to a plan's current progress publication. */
    public record Link(String href, String planTitle, String cycle, String asOf) {
    }

    private final PublishedDirectory directory;
    private final CouncilService councils;
    private final PortalPages pages;

    ProgressLinks(PublishedDirectory directory, CouncilService councils, PortalPages pages) {
        this.directory = directory;
        this.councils = councils;
        this.pages = pages;
    }

    List<Link> ofCouncil(String lang, long councilId) {
        return directory.progressOf(councilId).stream().map(p -> link(lang, p)).toList();
    }

    /** The plan's link, or null when the plan published no progress. */
    Link ofPlan(String lang, long planId) {
        ProgressPublication p = directory.progressOfPlan(planId);
        return p == null ? null : link(lang, p);
    }

    private Link link(String lang, ProgressPublication p) {
        var dates = councils.language(p.councilId()).datesFor(PortalLanguage.of(lang).locale(), pages.zone());
        return new Link("/public/" + lang + "/plans/" + p.planId() + "/progress", p.planTitle(),
                dates.years(p.cycleStart(), p.cycleEnd()), dates.date(p.asOf()));
    }
}
