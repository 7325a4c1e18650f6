package org.councilworkspace.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Remembers the HTML of recently read pages, keyed by everything a page is made from. Rendering the template was
 * most of the cost of a plan page (about two thirds of its processor time in a profile under load; the database
 * reads about a tenth): the same published text is rendered again for every reader. The key is a record of the
 * very values the page shows, read afresh on each request, so a page whose data changed (a new version listed,
 * a renamed council) is a new key and rendered again, and nothing can be served that the database no longer says.
 * The oldest pages fall out when the total passes the budget ({@code council.portal.page-cache-chars}).
 */
@Component
class RenderedPages {

    private final ITemplateEngine engine;
    private final long budgetChars;
    private final LinkedHashMap<Object, String> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    RenderedPages(ITemplateEngine engine, @Value("${council.portal.page-cache-chars:4000000}") long budgetChars) {
        this.engine = engine;
        this.budgetChars = budgetChars;
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
