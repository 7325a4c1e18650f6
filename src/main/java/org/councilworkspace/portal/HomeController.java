package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.councilworkspace.council.PublicCouncil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** The portal's entry: the language choice, the home page with what is new, and a council's page. */
@Controller
class HomeController {

    private final PortalPages pages;
    private final PublishedDirectory directory;
    private final RenderedPages rendered;
    private final ProgressLinks progress;

    HomeController(PortalPages pages, PublishedDirectory directory, RenderedPages rendered, ProgressLinks progress) {
        this.progress = progress;
        this.pages = pages;
        this.directory = directory;
        this.rendered = rendered;
    }

    /** The first visit picks the language from the browser; the address keeps it from then on (no cookie). */
    @GetMapping({"/public", "/public/"})
    ResponseEntity<Void> chooseLanguage(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "/public/" + PortalLanguage.preferred(accept).code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=0")
                .build();
    }

    /** Any other address under /public is a page that does not exist, answered here rather than by the workspace. */
    @GetMapping("/public/**")
    String unknown() {
        throw new org.councilworkspace.base.NotFoundException("Page");
    }

    /** The first page of most readers: served again as it is for a few seconds (see {@link RenderedPages}). */
    @GetMapping("/public/{lang:en|ja|th}")
    ResponseEntity<byte[]> home(@PathVariable String lang, Model model, HttpServletRequest request,
                                HttpServletResponse response) {
        HomeAddress address = new HomeAddress(lang);
        RenderedPages.Served recent = rendered.recent(address);
        if (recent != null) {
            return pages.answer(request, response, recent);
        }
        java.time.Instant readAt = rendered.now();
        pages.page(model, lang, "", null, response, null);
        model.addAttribute("councils", directory.councils());
        model.addAttribute("versions", directory.latestVersions(null, 10));
        model.addAttribute("openRounds", directory.open(null));
        model.addAttribute("minutes", directory.latestMinutes(10));
        String html = rendered.render("portal/home", PortalLanguage.of(lang).locale(), model.asMap());
        return pages.answer(request, response, rendered.served(address, html, null, readAt));
    }

    private record HomeAddress(String lang) {
    }

    @GetMapping("/public/{lang:en|ja|th}/councils/{id:\\d+}")
    String council(@PathVariable String lang, @PathVariable long id, Model model, HttpServletResponse response) {
        PublicCouncil council = directory.council(id);
        pages.page(model, lang, "/councils/" + id, council.name(), response, null);
        model.addAttribute("council", council);
        model.addAttribute("members", council.membersPublic() ? directory.members(id) : java.util.List.of());
        model.addAttribute("plans", directory.plansOf(id));
        model.addAttribute("progress", progress.ofCouncil(lang, id));
        model.addAttribute("meetings", directory.meetings(id, 50));
        model.addAttribute("openRounds", directory.open(id));
        model.addAttribute("upcomingRounds", directory.upcoming(id));
        model.addAttribute("closedRounds", directory.closed(id));
        model.addAttribute("resultRounds", directory.withResults(id));
        return "portal/council";
    }
}
