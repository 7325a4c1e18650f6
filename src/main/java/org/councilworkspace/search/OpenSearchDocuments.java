package org.councilworkspace.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents as OpenSearch keeps them (their {@code _source}, the fields of {@link OpenSearchMapping}), bulk lines,
 * and search answers read back into hits. Snippets are built from the highlight as parts of plain and matched text,
 * never HTML, so nothing a person wrote is ever read as markup by the page that shows it.
 */
final class OpenSearchDocuments {

    private static final String ELLIPSIS = "…";
    private static final String REPLACEMENT = "\uFFFD";

    private OpenSearchDocuments() {
    }

    static ObjectNode source(ObjectMapper json, SearchDocument d) {
        ObjectNode s = json.createObjectNode()
                .put(DocumentKey.ID, d.id())
                .put("kind", d.kind().name())
                .put("council", Long.toString(d.councilId()))
                .put("audience", d.audience());
        optional(s, "plan", d.planId());
        optional(s, "section", d.sectionId());
        optional(s, DocumentKey.THREAD, d.threadId());
        ArrayNode scopes = s.putArray(DocumentKey.SCOPE);
        d.scopes().forEach(scopes::add);
        if (d.title() != null) {
            s.put("title", d.title());
        }
        // The highlight's marks are characters no indexed text may hold, or a text could fake a match.
        s.put("text", d.text().replace(OpenSearchQueries.MARK, REPLACEMENT).replace(OpenSearchQueries.END,
                REPLACEMENT));
        for (String[] shown : new String[][] {{"plan_title", d.planTitle()}, {"section_title", d.sectionTitle()},
                {"author", d.author()}, {"group", d.group()}, {"anchor", d.anchor()}}) {
            if (shown[1] != null) {
                s.put(shown[0], shown[1]);
            }
        }
        if (d.objectId() != null) {
            s.put("object", d.objectId());
        }
        return s.put("at", d.at());
    }

    /** The bulk lines that write the documents into the index the path names. */
    static List<JsonNode> bulk(ObjectMapper json, List<SearchDocument> documents) {
        List<JsonNode> lines = new ArrayList<>();
        for (SearchDocument d : documents) {
            lines.add(json.createObjectNode().set("index", json.createObjectNode().put("_id", d.id())));
            lines.add(source(json, d));
        }
        return lines;
    }

    static SearchDocument document(JsonNode s) {
        List<String> scopes = new ArrayList<>();
        s.path(DocumentKey.SCOPE).forEach(scope -> scopes.add(scope.asText()));
        return new SearchDocument(s.path(DocumentKey.ID).asText(), SearchKind.valueOf(s.path("kind").asText()),
                Long.parseLong(s.path("council").asText()), text(s, "audience"), number(s, "plan"),
                number(s, "section"), number(s, DocumentKey.THREAD), scopes, text(s, "title"),
                s.path("text").asText(""), text(s, "plan_title"), text(s, "section_title"), text(s, "author"),
                text(s, "group"), number(s, "object"), text(s, "anchor"), s.path("at").asLong());
    }

    /** The hits of a search answer, each with the snippet of its best highlighted field, and the total. */
    static EngineQuery.Found found(JsonNode answer) {
        JsonNode hits = answer.path("hits");
        JsonNode total = hits.path("total");
        List<SearchHit> found = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            SearchDocument d = document(hit.path("_source"));
            found.add(d.hit(snippet(best(hit.path("highlight")), d.text())));
        }
        return new EngineQuery.Found(found, total.isNumber() ? total.asLong() : total.path("value").asLong());
    }

    /** Of the text's analyses, the fragment with the most matched words (the start of the text if none has one). */
    private static String best(JsonNode highlight) {
        String best = null;
        int marks = -1;
        for (String field : OpenSearchQueries.HIGHLIGHTED) {
            JsonNode fragment = highlight.path(field).path(0);
            if (fragment.isTextual()) {
                int count = fragment.asText().split(OpenSearchQueries.MARK, -1).length - 1;
                if (count > marks) {
                    best = fragment.asText();
                    marks = count;
                }
            }
        }
        return best;
    }

    /** Plain and matched parts, with an ellipsis where the text goes on before or after the fragment. */
    static List<SnippetPart> snippet(String fragment, String text) {
        if (fragment == null || fragment.isEmpty()) {
            return List.of();
        }
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder piece = new StringBuilder();
        boolean match = false;
        for (int i = 0; i < fragment.length(); i++) {
            String c = fragment.substring(i, i + 1);
            if (c.equals(OpenSearchQueries.MARK) || c.equals(OpenSearchQueries.END)) {
                SnippetPart.append(parts, piece.toString(), match);
                piece.setLength(0);
                match = c.equals(OpenSearchQueries.MARK);
            } else {
                piece.append(c);
                plain.append(c);
            }
        }
        SnippetPart.append(parts, piece.toString(), match);
        int at = text.indexOf(plain.toString());
        if (at > 0) {
            parts.add(0, new SnippetPart(ELLIPSIS, false));
        }
        if (at >= 0 && at + plain.length() < text.length()) {
            parts.add(new SnippetPart(ELLIPSIS, false));
        }
        return parts;
    }

    private static void optional(ObjectNode s, String field, Long value) {
        if (value != null) {
            s.put(field, Long.toString(value));
        }
    }

    private static String text(JsonNode s, String field) {
        JsonNode value = s.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static Long number(JsonNode s, String field) {
        String value = text(s, field);
        return value == null ? null : Long.valueOf(value);
    }
}
