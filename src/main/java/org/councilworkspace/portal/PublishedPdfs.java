package org.councilworkspace.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.wordexport.DocxRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The PDFs and Word files of published versions. A published version never changes, so each file is made once per
 * language and format and kept in a small cache of bounded size: a long plan takes seconds to set, and readers must
 * not be able to make the server do that work on every request.
 */
@Component
class PublishedPdfs {

    /** The two formats set from the printed document. */
    enum Format { PDF, DOCX }

    private record Key(long versionId, PortalLanguage language, Format format) {
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
        return file(versionId, language, Format.PDF);
    }

    /** The Word file, labelled in the reader's language, as the workspace writes it. */
    byte[] docx(long versionId, PortalLanguage language) {
        return file(versionId, language, Format.DOCX);
    }

    private byte[] file(long versionId, PortalLanguage language, Format format) {
        Key key = new Key(versionId, language, format);
        synchronized (cache) {
            byte[] kept = cache.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Set outside the lock: two readers of different versions do not wait for each other.
        CouncilDocument document = plans.document(versionId, new DocumentLocale(language.locale(), pages.zone()));
        byte[] made = format == Format.PDF ? PdfRenderer.render(document, PdfRenderer.Options.plain())
                : DocxRenderer.render(document);
        synchronized (cache) {
            cache.put(key, made);
        }
        return made;
    }
}
