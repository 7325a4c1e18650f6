package org.councilworkspace.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The settings and mapping of an OpenSearch index of council documents. The title, the text and the author's name
 * are each analysed three ways, since one text may mix languages: English (standard words, possessives, Porter
 * stemming), Thai (the cluster's dictionary-based {@code thai} tokenizer) and Japanese (the {@code kuromoji}
 * morphological tokenizer when the cluster has the analysis-kuromoji plugin, else overlapping pairs of characters,
 * as the embedded index does). Full-width Latin and digits are folded to their ordinary forms first. The keys of the
 * filters are keywords; what only a hit shows is kept in the source and not indexed. Fields not listed are refused.
 */
final class OpenSearchMapping {

    /** Raise when documents are indexed differently: existing indexes are then rebuilt. */
    static final String FORMAT = "1";
    static final List<String> KEYWORDS = List.of(DocumentKey.ID, "kind", "council", "audience", "plan", "section",
            DocumentKey.THREAD, DocumentKey.SCOPE, "group");
    static final List<String> LANGUAGES = List.of("th", "ja");

    private OpenSearchMapping() {
    }

    /** The body that creates an index, with its format recorded as {@code format} and no moment followed yet. */
    static ObjectNode index(ObjectMapper json, boolean kuromoji, String format) {
        ObjectNode body = json.createObjectNode();
        ObjectNode analysis = body.putObject("settings").putObject("analysis");
        ObjectNode tokenFilters = analysis.putObject("filter");
        tokenFilters.putObject("council_possessive").put("type", "stemmer").put("language", "possessive_english");
        tokenFilters.putObject("council_bigrams").put("type", "cjk_bigram");
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzer(analyzers, "council_en", "standard", "cjk_width", "lowercase", "council_possessive", "porter_stem");
        analyzer(analyzers, "council_th", "thai", "cjk_width", "lowercase");
        if (kuromoji) {
            analyzer(analyzers, "council_ja", "kuromoji_tokenizer", "cjk_width", "lowercase");
        } else {
            analyzer(analyzers, "council_ja", "standard", "cjk_width", "lowercase", "council_bigrams");
        }
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        meta(mappings, format, null);
        ObjectNode properties = mappings.putObject("properties");
        KEYWORDS.forEach(field -> properties.putObject(field).put("type", "keyword"));
        languages(properties.putObject("title"), false);
        languages(properties.putObject("text"), true);
        languages(properties.putObject("author"), false);
        for (String shown : List.of("plan_title", "section_title", "anchor")) {
            properties.putObject(shown).put("type", "text").put("index", false);
        }
        properties.putObject("object").put("type", "long").put("index", false);
        properties.putObject("at").put("type", "long");
        return body;
    }

    /** Whether the cluster has the Japanese morphological analyser (the analysis-kuromoji plugin). */
    static boolean kuromoji(OpenSearchClient client) {
        try {
            for (JsonNode plugin : client.send("GET", "/_cat/plugins?format=json", null)) {
                if ("analysis-kuromoji".equals(plugin.path("component").asText())) {
                    return true;
                }
            }
        } catch (OpenSearchException e) {
            LoggerFactory.getLogger(OpenSearchMapping.class).warn(
                    "Search index: could not list the cluster's plugins; Japanese is indexed as pairs ({})",
                    e.getMessage());
        }
        return false;
    }

    /** The mapping's {@code _meta}: the documents' format and the moment up to which the changes were followed. */
    static ObjectNode meta(ObjectNode mappings, String format, Long followedAt) {
        ObjectNode meta = mappings.putObject("_meta").put("format", format);
        if (followedAt != null) {
            meta.put("followed_at", followedAt);
        }
        return mappings;
    }

    /** English in the field itself, Thai and Japanese in sub-fields; the text keeps offsets for highlighting. */
    private static void languages(ObjectNode field, boolean offsets) {
        field.put("type", "text").put("analyzer", "council_en");
        if (offsets) {
            field.put("index_options", "offsets");
        }
        ObjectNode fields = field.putObject("fields");
        for (String language : LANGUAGES) {
            ObjectNode sub = fields.putObject(language).put("type", "text").put("analyzer", "council_" + language);
            if (offsets) {
                sub.put("index_options", "offsets");
            }
        }
    }

    private static void analyzer(ObjectNode analyzers, String name, String tokenizer, String... filters) {
        ObjectNode analyzer = analyzers.putObject(name).put("type", "custom").put("tokenizer", tokenizer);
        ArrayNode list = analyzer.putArray("filter");
        for (String filter : filters) {
            list.add(filter);
        }
    }
}
