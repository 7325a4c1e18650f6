package org.councilworkspace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a person typed into a query, taking every character literally: there is no query syntax to get
 * wrong, so quotes, stars, brackets and AND/OR/NOT are just text (and punctuation finds nothing by itself). Each
 * space-separated part must occur, its words in a row (a Thai or Japanese part without spaces is several words,
 * found only together); a part may be in the title (counted double) or the text. Very long input is cut first.
 */
final class QueryText {

    private final Analyzer analyzer;
    private final int maxChars;
    private final int maxParts;

    QueryText(Analyzer analyzer, int maxChars, int maxParts) {
        this.analyzer = analyzer;
        this.maxChars = maxChars;
        this.maxParts = maxParts;
    }

    /** The query, if the text has any word in it, and whether the text had to be cut. */
    record Parsed(Optional<Query> query, boolean cut) {
    }

    Parsed parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        boolean cut = false;
        if (text.codePointCount(0, text.length()) > maxChars) {
            text = text.substring(0, text.offsetByCodePoints(0, maxChars));
            cut = true;
        }
        String[] parts = text.isEmpty() ? new String[0] : text.split("\\s+");
        if (parts.length > maxParts) {
            cut = true;
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        List<Query> required = new ArrayList<>();
        for (int i = 0; i < Math.min(parts.length, maxParts); i++) {
            Query inTitle = builder.createPhraseQuery(IndexDocuments.TITLE, parts[i]);
            Query inText = builder.createPhraseQuery(IndexDocuments.TEXT, parts[i]);
            if (inText != null) {
                required.add(new BooleanQuery.Builder()
                        .add(new BoostQuery(inTitle, 2f), Occur.SHOULD)
                        .add(inText, Occur.SHOULD)
                        .build());
            }
        }
        if (required.isEmpty()) {
            return new Parsed(Optional.empty(), cut);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        required.forEach(q -> all.add(q, Occur.MUST));
        return new Parsed(Optional.of(all.build()), cut);
    }
}
