package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every portal page needs besides its content: its language, its texts, the same page in the other languages,
 * its canonical address for link previews, and the caching headers (the ETag comes from {@link PortalEtags}, or with
 * the page from {@link RenderedPages}).
 */
@Component
class PortalPages {

    /** A language link: its code, its own name, the address of this page in it, whether it is the current one. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final ZoneId zone;
    private final String cacheControl;

    PortalPages(@Value("${council.portal.time-zone:UTC}") String zone,
                @Value("${council.portal.max-age-seconds:60}") int maxAgeSeconds) {
        this.zone = ZoneId.of(zone);
        this.cacheControl = "public, max-age=" + maxAgeSeconds;
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
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding");
        if (lastModified != null) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toInstant().toEpochMilli());
        }
    }

    /**
     * The answer with a page as {@link RenderedPages} keeps it: its bytes and ETag as they are, so nothing is encoded,
     * compressed or hashed per request; compressed for a browser that accepts gzip. A request naming the ETag in
     * {@code If-None-Match} gets 304 Not Modified without a body (Spring's answer to a {@code ResponseEntity} with
     * an ETag).
     */
    ResponseEntity<byte[]> answer(HttpServletRequest request, HttpServletResponse response, RenderedPages.Served page) {
        cacheable(response, null);
        // Last-Modified goes with the answer, not on the response: Spring looks it up for its 304 either way, and
        // one already on the response it would parse again, with a new date format, on every request.
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(HTML);
        if (page.lastModified() != null) {
            answer.lastModified(page.lastModified().toInstant());
        }
        if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").eTag(page.gzippedEtag()).body(page.gzipped());
        }
        return answer.eTag(page.etag()).body(page.body());
    }

    /** Whether {@code Accept-Encoding} names gzip without refusing it ({@code gzip;q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim();
                    if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static List<LanguageLink> languages(PortalLanguage current, String rest) {
        return PortalLanguage.all().stream().map(l -> new LanguageLink(l.code(), switch (l) {
            case EN -> "English";
            case JA -> "日本語";
            case TH -> "ไทย";
        }, "/public/" + l.code() + rest, l == current)).toList();
    }
}
