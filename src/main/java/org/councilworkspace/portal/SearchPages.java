package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilworkspace.council.PublicCouncil;
import org.councilworkspace.meeting.MeetingTexts;
import org.councilworkspace.search.SearchHit;
import org.councilworkspace.search.SearchKind;
import org.councilworkspace.search.SearchOrder;
import org.councilworkspace.search.SearchQuery;
import org.councilworkspace.search.SearchResults;
import org.councilworkspace.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's own search: a plain GET form (no session, no script) over what the portal publishes, and nothing
 * else: published plan versions, published meetings with their public papers, and published comment-response
 * tables. The page is an ordinary cacheable portal page whose address is the search, so it can be bookmarked and
 * linked to.
 */
@Controller
class SearchPages {

    /** A hit as the page shows it: where it opens, what it is, and for a meeting's paper where to download it. */
    public record ShownHit(String href, String download, String title, String kind, String council, String date,
                           SearchHit hit) {
    }

    private final PortalPages pages;
    private final SearchService search;
    private final PublishedDirectory directory;

    SearchPages(PortalPages pages, SearchService search, PublishedDirectory directory) {
        this.pages = pages;
        this.search = search;
        this.directory = directory;
    }

    @GetMapping("/public/{lang:en|ja|th}/search")
    String search(@PathVariable String lang, @RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "kind", required = false) String kind,
                  @RequestParam(name = "order", required = false) String order, Model model,
                  HttpServletResponse response) {
        Texts t = pages.page(model, lang, "/search" + (q == null ? "" : "?q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8)), pages.texts(lang).get("portal.search.title"), response, null);
        String text = q == null ? "" : q;
        SearchKind chosen = publicKind(kind);
        SearchOrder sort = "NEWEST".equals(order) ? SearchOrder.NEWEST : SearchOrder.RELEVANCE;
        model.addAttribute("q", text.length() > SearchService.MAX_QUERY * 4 ? text.substring(0,
                SearchService.MAX_QUERY * 4) : text);
        model.addAttribute("kind", chosen == null ? "" : chosen.name());
        model.addAttribute("order", sort.name());
        model.addAttribute("kinds", List.of(SearchKind.PUBLIC_SECTION, SearchKind.PUBLIC_MINUTES,
                SearchKind.PUBLIC_DOCUMENT, SearchKind.PUBLIC_ANSWER));
        model.addAttribute("searched", !text.isBlank());
        if (text.isBlank()) {
            model.addAttribute("hits", List.of());
            return "portal/search";
        }
        SearchResults found = search.searchPublished(new SearchQuery(text, null, null, chosen, null, null, null, null,
                sort));
        Map<Long, String> councils = directory.councils().stream()
                .collect(Collectors.toMap(PublicCouncil::id, PublicCouncil::name, (a, b) -> a));
        String base = "/public/" + PortalLanguage.of(lang).code();
        model.addAttribute("hits", found.hits().stream().map(h -> new ShownHit(href(base, h), download(base, h),
                h.title(), t.get("portal.search.kind." + h.kind().name()), councils.getOrDefault(h.councilId(), ""),
                t.date(h.at()), h)).toList());
        model.addAttribute("cut", found.queryCut());
        model.addAttribute("total", found.total());
        return "portal/search";
    }

    private static SearchKind publicKind(String kind) {
        for (SearchKind k : SearchKind.values()) {
            if (k.isPublic() && k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    static String href(String base, SearchHit hit) {
        return switch (hit.kind()) {
            case PUBLIC_SECTION -> base + "/versions/" + hit.objectId() + (hit.anchor() == null ? "" : "#" + hit.anchor());
            case PUBLIC_MINUTES -> base + "/meetings/" + hit.objectId();
            case PUBLIC_DOCUMENT -> base + "/meetings/" + hit.objectId() + "#" + hit.anchor();
            case PUBLIC_ANSWER -> base + "/consultations/" + hit.objectId() + "/results";
            default -> base;
        };
    }

    /** The file itself, for a paper of a meeting: the address its meeting page links to. */
    static String download(String base, SearchHit hit) {
        if (hit.kind() != SearchKind.PUBLIC_DOCUMENT || hit.anchor() == null
                || !hit.anchor().startsWith(MeetingTexts.PORTAL_DOCUMENT)) {
            return null;
        }
        return base + "/meetings/" + hit.objectId() + "/documents/"
                + hit.anchor().substring(MeetingTexts.PORTAL_DOCUMENT.length());
    }
}
