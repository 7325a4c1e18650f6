package org.councilworkspace.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;

/**
 * A search as an OpenSearch request body. Each typed part is a {@code multi_match} phrase over the title (counted
 * double) and the text in the three analyses, given as a JSON string that the cluster never parses as query syntax:
 * quotes, stars, brackets, backslashes, field names and AND/OR/NOT are only text, so any input is accepted. A part
 * without a word in it matches everything ({@code zero_terms_query: all}), as the embedded index leaves it out; the
 * first filter asks that at least one part has a word, so a search of punctuation finds nothing, as there. The
 * reader filter and the other filters are {@code terms}, {@code term}, {@code match} and {@code range} filters on
 * the stored keys, one to one with {@link EngineQuery}, and change no score.
 */
final class OpenSearchQueries {

    /** Around the matched words of a highlight: private-use characters, removed from the indexed text. */
    static final String MARK = "\uE000";
    static final String END = "\uE001";
    static final List<String> HIGHLIGHTED = List.of("text", "text.th", "text.ja");
    private static final List<String> FIELDS = List.of("title^2", "title.th^2", "title.ja^2", "text", "text.th",
            "text.ja");

    private OpenSearchQueries() {
    }

    static ObjectNode search(ObjectMapper json, EngineQuery q) {
        ObjectNode body = json.createObjectNode().put("size", q.max()).put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode must = bool.putArray("must");
        ArrayNode filter = bool.putArray("filter");
        ArrayNode someWord = any(filter);
        for (String part : q.parts()) {
            must.add(phrase(json, part, "all"));
            someWord.add(phrase(json, part, "none"));
        }
        ArrayNode readable = any(filter);
        for (EngineQuery.Readers readers : q.readers()) {
            ArrayNode both = readable.addObject().putObject("bool").putArray("filter");
            if (readers.councils() != null) {
                terms(both.addObject(), "council", readers.councils());
            }
            terms(both.addObject(), "audience", readers.audiences());
        }
        term(filter, "kind", q.kind() == null ? null : q.kind().name());
        term(filter, "plan", q.planId() == null ? null : q.planId().toString());
        term(filter, "group", q.group());
        if (q.author() != null) {
            ArrayNode names = any(filter);
            for (String field : List.of("author", "author.th", "author.ja")) {
                names.addObject().putObject("match").putObject(field).put("query", q.author()).put("operator", "and");
            }
        }
        if (q.from() != null || q.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("at");
            if (q.from() != null) {
                range.put("gte", q.from());
            }
            if (q.to() != null) {
                range.put("lte", q.to());
            }
        }
        if (q.order() == SearchOrder.NEWEST) {
            body.putArray("sort").addObject().putObject("at").put("order", "desc");
        }
        highlight(body);
        return body;
    }

    /** What has the key and is not among the documents that replace it (those are overwritten by their ids). */
    static ObjectNode delete(ObjectMapper json, DocumentKey key, List<String> keep) {
        ObjectNode body = json.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").put(key.field(), key.value());
        if (!keep.isEmpty()) {
            ArrayNode ids = bool.putArray("must_not").addObject().putObject("ids").putArray("values");
            keep.forEach(ids::add);
        }
        return body;
    }

    /**
     * The passage around the best match, about as long as the embedded index's, or the text's start. The unified
     * highlighter's sentence scanner cuts a sentence longer than the fragment at a word boundary (Thai has no sentence
     * marks); its word scanner would give the matched word alone.
     */
    private static void highlight(ObjectNode body) {
        ObjectNode highlight = body.putObject("highlight").put("type", "unified")
                .put("fragment_size", Snippets.LENGTH).put("number_of_fragments", 1)
                .put("no_match_size", Snippets.LENGTH);
        highlight.putArray("pre_tags").add(MARK);
        highlight.putArray("post_tags").add(END);
        ObjectNode fields = highlight.putObject("fields");
        HIGHLIGHTED.forEach(fields::putObject);
    }

    private static ObjectNode phrase(ObjectMapper json, String part, String zeroTerms) {
        ObjectNode match = json.createObjectNode();
        ObjectNode multi = match.putObject("multi_match").put("query", part).put("type", "phrase")
                .put("tie_breaker", 1.0).put("zero_terms_query", zeroTerms);
        ArrayNode fields = multi.putArray("fields");
        FIELDS.forEach(fields::add);
        return match;
    }

    /** A clause of the filter that holds when any of the clauses added to the returned list holds. */
    private static ArrayNode any(ArrayNode filter) {
        ObjectNode bool = filter.addObject().putObject("bool");
        bool.put("minimum_should_match", 1);
        return bool.putArray("should");
    }

    private static void terms(ObjectNode clause, String field, Collection<String> values) {
        ArrayNode list = clause.putObject("terms").putArray(field);
        values.forEach(list::add);
    }

    private static void term(ArrayNode filter, String field, String value) {
        if (value != null) {
            filter.addObject().putObject("term").put(field, value);
        }
    }
}
