package org.councilworkspace.plan.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which link and image URLs a rendered plan may carry: web and mail links, relative links, web images. */
final class UrlPolicy {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern KEPT_IMAGE = Pattern.compile(
            "(attachment:|" + MarkdownRenderer.WORKSPACE_IMAGES + "|" + MarkdownRenderer.PUBLIC_IMAGES + ")[0-9]{1,18}");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    // Browsers drop tabs and line breaks anywhere in a URL and trim control characters and spaces at its ends
    // (WHATWG URL parsing), so "java\tscript:" is javascript: to them. We look at the URL the way they do.
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern TRIMMED_BY_BROWSERS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");

    private UrlPolicy() {
    }

    /** http, https, mailto, or no scheme at all (relative paths, "#anchors", "?query"). */
    static boolean isSafeLink(String url) {
        String scheme = scheme(url);
        return scheme == null ? !url.isBlank() : LINK_SCHEMES.contains(scheme);
    }

    /**
     * Absolute http and https images, and the plan's own pictures: {@code attachment:ID} in the Markdown, and the
     * two addresses it is rendered to. Any other relative or data: image has no business in a plan.
     */
    static boolean isSafeImage(String url) {
        if (KEPT_IMAGE.matcher(url).matches()) {
            return true;
        }
        String scheme = scheme(url);
        return scheme != null && IMAGE_SCHEMES.contains(scheme);
    }

    private static String scheme(String url) {
        String seen = TRIMMED_BY_BROWSERS.matcher(IGNORED_BY_BROWSERS.matcher(url).replaceAll("")).replaceAll("");
        Matcher matcher = SCHEME.matcher(seen.toLowerCase(Locale.ROOT));
        return matcher.find() ? matcher.group(1) : null;
    }
}
