package org.councilworkspace.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Remembers the HTML of recently read pages, keyed by everything a page is made from. Rendering the template was
 * most of the cost of a plan page (about two thirds of its processor time in a profile under load; the database
 * reads about a tenth): the same published text is rendered again for every reader. The key is a record of the
 * very values the page shows, read afresh on each request, so a page whose data changed (a new version listed,
 * a renamed council) is a new key and rendered again, and nothing can be served that the database no longer says.
 * The oldest pages fall out when the total passes the budget ({@code council.portal.page-cache-chars}).
 *
 * <p>Reading what a page is made from was the rest of its cost under load (a transaction with its queries, and
 * the wait for one of the pool's connections among hundreds of request threads). So a page served at an address is
 * also served again as it is, without reading, for a few seconds ({@code council.portal.page-fresh-seconds}, 5):
 * a new publication shows on the page within that time, well inside the minute for which browsers and the cache
 * in front already keep every portal page ({@code Cache-Control: public, max-age=60}).
 *
 * <p>A page is kept as it is sent: its UTF-8 bytes and their ETag, and the same gzip-compressed for browsers that
 * accept it, made once when the page is read, not on every request. Encoding the page and hashing it for the ETag
 * filter on each answer was what the portal page still cost beyond the static file of the same size served beside it.
 */
@Component
class RenderedPages {

    /** At most this many addresses are served without reading; each holds one page already counted above. */
    static final int RECENT_ADDRESSES = 32;

    /**
     * A page as served at an address: its HTML as UTF-8 bytes, their ETag (as the portal's ETag filter makes it, so
     * a copy kept by a browser or the cache in front stays valid), the same bytes gzip-compressed, its Last-Modified,
     * and when what it shows was read.
     */
    record Served(byte[] body, String etag, byte[] gzipped, OffsetDateTime lastModified, Instant readAt) {

        static Served of(String html, OffsetDateTime lastModified, Instant readAt) {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            return new Served(body, "\"0" + DigestUtils.md5DigestAsHex(body) + "\"", gzip(body), lastModified, readAt);
        }

        String html() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The compressed page is another representation of it, so it has an ETag of its own. */
        String gzippedEtag() {
            return etag.substring(0, etag.length() - 1) + "-gzip\"";
        }

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private final ITemplateEngine engine;
    private final long budgetChars;
    private final Duration fresh;
    private final Clock clock;
    private final LinkedHashMap<Object, String> entries = new LinkedHashMap<>(64, 0.75f, true);
    // Read by every request without a lock: a lock held by a request thread the system had paused kept all the
    // others waiting (most of the slowest twentieth of answers under 200 readers on two cores).
    private final ConcurrentHashMap<Object, Served> recent = new ConcurrentHashMap<>();
    /** Addresses being read afresh by one request, and since when; only of addresses in {@code recent}. */
    private final ConcurrentHashMap<Object, Instant> reading = new ConcurrentHashMap<>();
    /** The addresses in {@code recent}, the one served longest ago first (guarded by this). */
    private final LinkedHashSet<Object> servedOrder = new LinkedHashSet<>();
    private long chars;

    RenderedPages(ITemplateEngine engine, @Value("${council.portal.page-cache-chars:4000000}") long budgetChars,
                  @Value("${council.portal.page-fresh-seconds:5}") int freshSeconds, Clock clock) {
        this.engine = engine;
        this.budgetChars = budgetChars;
        this.fresh = Duration.ofSeconds(freshSeconds);
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The page last served at {@code address}, while what it shows was read less than the fresh time ago; null when
     * the caller is to read and render it afresh (and then call {@link #served}).
     *
     * <p>When the fresh time is over, only the first request reads again; requests arriving while it does get the
     * page as it was, for at most another fresh time. Before, every request in flight at that moment read and
     * rendered the page at once: under 200 readers the database pool's queue and the renders made the slowest
     * twentieth of answers two to four times slower than the static file served beside them.
     */
    Served recent(Object address) {
        Served served = recent.get(address);
        if (served == null) {
            return null;
        }
        Instant now = clock.instant();
        if (now.isBefore(served.readAt().plus(fresh))) {
            return served;
        }
        if (now.isBefore(served.readAt().plus(fresh.multipliedBy(2)))) {
            Instant claimed = reading.get(address);
            if (claimed != null && now.isBefore(claimed.plus(fresh))) {
                return served;
            }
            boolean mine = claimed == null ? reading.putIfAbsent(address, now) == null
                    : reading.replace(address, claimed, now);
            // Another request claimed it at this very moment: it reads, this one gets the page as it was.
            return mine ? null : served;
        }
        // This request reads afresh; if it fails (the page is gone), the next one after the fresh time tries again.
        reading.put(address, now);
        return null;
    }

    /**
     * The page to serve at {@code address} now, from data read at the start of the request; remembered for the
     * requests of the next fresh seconds.
     */
    Served served(Object address, String html, OffsetDateTime lastModified, Instant readAt) {
        Served served = Served.of(html, lastModified, readAt);
        synchronized (this) {
            if (!fresh.isZero() && 2L * html.length() <= budgetChars / 4) {
                recent.put(address, served);
                servedOrder.remove(address);
                servedOrder.add(address);
                if (servedOrder.size() > RECENT_ADDRESSES) {
                    Object eldest = servedOrder.iterator().next();
                    servedOrder.remove(eldest);
                    recent.remove(eldest);
                    reading.remove(eldest);
                }
            }
            // After the new page is in place, so no request sees the old one unclaimed and reads it once more.
            reading.remove(address);
        }
        return served;
    }

    /** A page rendered now, not remembered by content (one whose key would be as long to build as the page). */
    String render(String template, Locale locale, Map<String, Object> model) {
        return engine.process(template, new Context(locale, model));
    }

    /**
     * The page for {@code key}: remembered, or {@code template} rendered with the model {@code model} fills. The key
     * must be a value (records, lists of records) holding all the model is made from besides constants.
     */
    String html(Object key, String template, Locale locale, Supplier<Map<String, Object>> model) {
        synchronized (this) {
            String known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        // Rendered outside the lock: two readers of a new page may render it once each, which is harmless.
        String html = engine.process(template, new Context(locale, model.get()));
        // The key holds about as much text as the page (the section texts it is rendered from): counted twice.
        long size = 2L * html.length();
        if (size > budgetChars / 4) {
            return html;
        }
        synchronized (this) {
            if (entries.put(key, html) == null) {
                chars += size;
            }
            var oldest = entries.entrySet().iterator();
            while (chars > budgetChars && oldest.hasNext()) {
                chars -= 2L * oldest.next().getValue().length();
                oldest.remove();
            }
        }
        return html;
    }

    synchronized int size() {
        return entries.size();
    }
}
