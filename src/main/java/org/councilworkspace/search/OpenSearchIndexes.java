package org.councilworkspace.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The indexes behind the alias: made with the current mapping, their {@code _meta} recorded, swapped, removed. */
final class OpenSearchIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchIndexes.class);

    private final OpenSearchClient client;
    private final String alias;

    OpenSearchIndexes(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** A new index of the current mapping, under the alias or (for a rebuild) not yet. */
    String create(String name, boolean withAlias, String format) {
        ObjectNode body = OpenSearchMapping.index(client.json(), OpenSearchMapping.kuromoji(client), format);
        if (withAlias) {
            body.putObject("aliases").putObject(alias);
        }
        client.send("PUT", "/" + name, body);
        return name;
    }

    void recordFollowed(String index, String format, Long followedAt) {
        client.send("PUT", "/" + index + "/_mapping", OpenSearchMapping.meta(client.json().createObjectNode(), format,
                followedAt));
    }

    /** Takes the alias from the old index and gives it to the fresh one, in one step. */
    void moveAlias(String old, String fresh) {
        ObjectNode body = client.json().createObjectNode();
        ArrayNode actions = body.putArray("actions");
        actions.addObject().putObject("remove").put("index", old).put("alias", alias);
        actions.addObject().putObject("add").put("index", fresh).put("alias", alias);
        client.send("POST", "/_aliases", body);
    }

    void drop(String index) {
        if (index == null) {
            return;
        }
        try {
            client.sendIfThere("DELETE", "/" + index, null);
        } catch (OpenSearchException e) {
            LOG.warn("Search index: could not remove the index {} ({})", index, e.getMessage());
        }
    }
}
