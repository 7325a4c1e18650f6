package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every portal page needs besides its content: its language, its texts, the same page in the other languages,
 * its canonical address for link previews, and the caching headers (the ETag comes from {@link PortalSecurityConfig}).
 */
@Component
class PortalPages {

    /** A language link: its code, its own name, the address of this page in it, whether it is the current one. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    private final ZoneId zone;
    private final int maxAgeSeconds;

    PortalPages(@Value("${council.portal.time-zone:UTC}") String zone,
                @Value("${council.portal.max-age-seconds:60}") int maxAgeSeconds) {
        this.zone = ZoneId.of(zone);
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** The zone the portal gives its times in (one for every council, by setting). */
    ZoneId zone() {
        return zone;
    }

    /**
     * Fills the page's common model. {@code rest} is the address after the language ("" for the home page,
     * "/councils/3" for a council), so the language links lead to the same page.
     */
    Texts page(Model model, String lang, String rest, String title, HttpServletResponse response,
               OffsetDateTime lastModified) {
        PortalLanguage language = PortalLanguage.of(lang);
        Texts t = new Texts(language, zone);
        model.addAttribute("t", t);
        model.addAttribute("lang", language.code());
        model.addAttribute("title", title == null ? t.get("portal.name") : title + " · " + t.get("portal.name"));
        model.addAttribute("heading", title == null ? t.get("portal.name") : title);
        model.addAttribute("base", "/public/" + language.code());
        model.addAttribute("path", "/public/" + language.code() + rest);
        model.addAttribute("languages", languages(language, rest));
        cacheable(response, lastModified);
        return t;
    }

    Texts texts(String lang) {
        return new Texts(PortalLanguage.of(lang), zone);
    }

    void cacheable(HttpServletResponse response, OffsetDateTime lastModified) {
        // Short, so a page follows a new publication within a minute; the ETag makes a revalidation cheap.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds);
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding");
        if (lastModified != null) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toInstant().toEpochMilli());
        }
    }

    private static List<LanguageLink> languages(PortalLanguage current, String rest) {
        return PortalLanguage.all().stream().map(l -> new LanguageLink(l.code(), switch (l) {
            case EN -> "English";
            case JA -> "日本語";
            case TH -> "ไทย";
        }, "/public/" + l.code() + rest, l == current)).toList();
    }
}
