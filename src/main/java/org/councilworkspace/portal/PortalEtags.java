package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * An ETag from the page itself, so a reader (or the cache in front) gets 304 Not Modified for an unchanged page.
 * The home page and the plan version pages, the most read, come with their own: {@link RenderedPages} keeps each
 * such page's bytes with their ETag, made once when the page is read. Here the filter would buffer every answer
 * and hash it again, so it leaves those addresses alone.
 */
final class PortalEtags extends ShallowEtagHeaderFilter {

    /** The addresses of {@link HomeController#home} and {@link PlanPages#version}. */
    private static final Pattern OWN_ETAG = Pattern.compile("/public/(en|ja|th)(/versions/\\d+)?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return OWN_ETAG.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }
}
