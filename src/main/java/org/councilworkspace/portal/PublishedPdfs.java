package org.councilworkspace.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.plan.PublishedPlans;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The PDFs of published versions. A published version never changes, so each PDF is made once per language and kept
 * in a small cache of bounded size: a long plan takes seconds to set, and readers must not be able to make the server
 * do that work on every request.
 */
@Component
class PublishedPdfs {

    private record Key(long versionId, PortalLanguage language) {
    }

    private final PublishedPlans plans;
    private final PortalPages pages;
    private final Map<Key, byte[]> cache;

    PublishedPdfs(PublishedPlans plans, PortalPages pages,
                  @Value("${council.portal.pdf-cache-entries:16}") int entries) {
        this.plans = plans;
        this.pages = pages;
        this.cache = new LinkedHashMap<>(entries, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
                return size() > entries;
            }
        };
    }

    /** Not found, as for any unpublished or unknown id, before anything is set. */
    byte[] pdf(long versionId, PortalLanguage language) {
        Key key = new Key(versionId, language);
        synchronized (cache) {
            byte[] kept = cache.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Set outside the lock: two readers of different versions do not wait for each other.
        byte[] made = PdfRenderer.render(plans.document(versionId, new DocumentLocale(language.locale(), pages.zone())),
                PdfRenderer.Options.plain());
        synchronized (cache) {
            cache.put(key, made);
        }
        return made;
    }
}
