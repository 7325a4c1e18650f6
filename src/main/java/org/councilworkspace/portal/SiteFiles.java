package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.councilworkspace.base.Html;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** robots.txt and sitemap.xml: search engines may index the portal and nothing of the workspace. */
@RestController
class SiteFiles {

    private final PublishedDirectory directory;
    private final PortalPages pages;

    SiteFiles(PublishedDirectory directory, PortalPages pages) {
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots(HttpServletResponse response) {
        pages.cacheable(response, null);
        return "User-agent: *\nAllow: /public/\nDisallow: /public/en/consultations/invited/\n"
                + "Disallow: /public/ja/consultations/invited/\nDisallow: /public/th/consultations/invited/\nDisallow: /\n"
                + "Sitemap: " + origin() + "/sitemap.xml\n";
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap(HttpServletResponse response) {
        pages.cacheable(response, null);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String origin = origin();
        for (PortalLanguage l : PortalLanguage.all()) {
            String base = origin + "/public/" + l.code();
            url(xml, base);
            url(xml, base + "/consultations");
            url(xml, base + "/meetings");
            directory.councils().forEach(c -> url(xml, base + "/councils/" + c.id()));
            directory.latestVersions(null, 500).forEach(v -> url(xml, base + "/versions/" + v.versionId()));
            directory.open(null).forEach(r -> url(xml, base + "/consultations/" + r.round().id()));
            directory.withResults(null).forEach(r -> url(xml, base + "/consultations/" + r.round().id() + "/results"));
            directory.meetings(null, 500).forEach(m -> url(xml, base + "/meetings/" + m.id()));
            directory.progressOf(null).forEach(p -> url(xml, base + "/plans/" + p.planId() + "/progress"));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.append("</urlset>\n").toString());
    }

    private static void url(StringBuilder xml, String loc) {
        xml.append("  <url><loc>").append(Html.escape(loc)).append("</loc></url>\n");
    }

    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
