package org.councilworkspace.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of each hit's text around its best match, as parts of plain text with the matched words marked.
 * No HTML is made here, so nothing a person wrote can ever be read as markup by the page that shows it.
 */
final class Snippets {

    static final int LENGTH = 180;
    /** The share of a snippet that comes before its first match. */
    private static final float BEFORE_MATCH = 0.33f;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    static List<List<SnippetPart>> of(IndexSearcher searcher, Analyzer analyzer, Query query, ScoreDoc[] docs)
            throws IOException {
        PartsHighlighter highlighter = new PartsHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Parts())
                // Word boundaries, not sentences: Thai has no sentence marks, so a "sentence" can be a whole section.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), LENGTH, BEFORE_MATCH))
                .withMaxLength(1_000_000)
                .withMaxNoHighlightPassages(1));
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        Object[] found = highlighter.parts(query, ids);
        List<List<SnippetPart>> snippets = new ArrayList<>();
        for (Object parts : found) {
            @SuppressWarnings("unchecked")
            List<SnippetPart> list = parts == null ? List.of() : (List<SnippetPart>) parts;
            snippets.add(list);
        }
        return snippets;
    }

    /** Gives the formatter's own objects (lists of parts) instead of strings. */
    private static final class PartsHighlighter extends UnifiedHighlighter {

        PartsHighlighter(Builder builder) {
            super(builder);
        }

        Object[] parts(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {IndexDocuments.TEXT}, query, docIds, new int[] {1})
                    .get(IndexDocuments.TEXT);
        }
    }

    /** The best passage as plain and matched parts, with an ellipsis where the text goes on. */
    private static final class Parts extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<SnippetPart> parts = new ArrayList<>();
            for (Passage p : passages) {
                int at = p.getStartOffset();
                if (at > 0) {
                    parts.add(new SnippetPart(ELLIPSIS, false));
                }
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(at, p.getMatchStarts()[i]);
                    int end = p.getMatchEnds()[i];
                    if (end <= start) {
                        continue;
                    }
                    SnippetPart.append(parts, content.substring(at, start), false);
                    SnippetPart.append(parts, content.substring(start, end), true);
                    at = end;
                }
                SnippetPart.append(parts, content.substring(at, p.getEndOffset()), false);
                if (p.getEndOffset() < content.length()) {
                    parts.add(new SnippetPart(ELLIPSIS, false));
                }
            }
            return parts;
        }
    }
}
