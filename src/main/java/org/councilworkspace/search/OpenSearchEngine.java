package org.councilworkspace.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The index in an OpenSearch cluster, for deployments that outgrow one index per node: every node writes to and
 * searches the same index. The configured name is an alias the app manages; behind it is one index of the
 * {@link OpenSearchMapping}, whose {@code _meta} records the format and the moment up to which the changes were
 * followed. A rebuild fills a new index and then moves the alias to it in one step, so searches see the old content
 * until it is done, and a failed rebuild leaves the old index in place. Writes run on one thread in order, as for
 * the embedded index; a burst is made visible and recorded as followed once the queue is empty.
 */
@Component
@ConditionalOnProperty(name = "council.search.engine", havingValue = "opensearch")
class OpenSearchEngine implements SearchEngine, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchEngine.class);
    /** Documents per bulk request of a rebuild. */
    static final int BATCH = 500;
    private static final long RECORD_EVERY_MILLIS = 60_000;

    private final OpenSearchClient client;
    private final OpenSearchIndexes indexes;
    private final ObjectMapper json;
    private final String alias;
    private final Clock clock;
    private final WriteQueue writes = new WriteQueue();
    private final boolean outdated;
    private final Optional<Instant> followedAtStart;
    /** The index behind the alias. */
    private volatile String current;
    private volatile boolean rebuilding;
    /**
     * A rebuild is queued: the writes queued before it are left out, since the rebuild reads everything from the
     * database after them into an index of its own (each write costs the cluster a round trip or two).
     */
    private volatile boolean rebuildWaiting;
    /**
     * The keys of the documents written since the last refresh (writer thread only): a delete by query does not see
     * those documents yet, so it refreshes first when its key is among them, and only then.
     */
    private final Set<DocumentKey> written = new HashSet<>();
    /** When the moment followed was last recorded (writer thread only). */
    private long recordedAt;

    @Autowired
    OpenSearchEngine(@Value("${council.search.opensearch.url:http://localhost:9200}") String url,
                     @Value("${council.search.opensearch.index:council-search}") String index,
                     @Value("${council.search.opensearch.username:}") String username,
                     @Value("${council.search.opensearch.password:}") String password, Clock clock) {
        this(new OpenSearchClient(url, username, password, new ObjectMapper()), index, clock);
    }

    OpenSearchEngine(OpenSearchClient client, String alias, Clock clock) {
        this.client = client;
        this.json = client.json();
        this.alias = alias;
        this.clock = clock;
        this.indexes = new OpenSearchIndexes(client, alias);
        Map.Entry<String, JsonNode> found = mapping().orElseGet(() -> {
            // Made at once, so that writes before the rebuild never make an index of the cluster's guessing. Nodes
            // that start together make the same one; the others find it made.
            try {
                create(alias + "-0", true, "new");
            } catch (OpenSearchException e) {
                if (!e.getMessage().contains("resource_already_exists_exception")) {
                    throw e;
                }
            }
            return mapping().orElseThrow(() -> new OpenSearchException("No index behind " + location()));
        });
        current = found.getKey();
        JsonNode meta = found.getValue().path("mappings").path("_meta");
        outdated = !OpenSearchMapping.FORMAT.equals(meta.path("format").asText(null));
        followedAtStart = meta.path("followed_at").isNumber()
                ? Optional.of(Instant.ofEpochMilli(meta.path("followed_at").asLong())) : Optional.empty();
    }

    /** The index behind the alias and its mapping, if there is one. */
    private Optional<Map.Entry<String, JsonNode>> mapping() {
        return client.sendIfThere("GET", "/" + alias + "/_mapping", null)
                .filter(m -> m.fields().hasNext()).map(m -> m.fields().next());
    }

    @Override
    public Future<?> replace(DocumentKey key, Supplier<List<SearchDocument>> documents) {
        return writes.submit(() -> write(() -> {
            if (rebuildWaiting) {
                return;
            }
            List<SearchDocument> docs = documents.get();
            List<String> ids = docs.stream().map(SearchDocument::id).toList();
            if (DocumentKey.ID.equals(key.field())) {
                if (!ids.contains(key.value())) {
                    client.bulk("/" + alias + "/_bulk", List.of(json.createObjectNode().set("delete",
                            json.createObjectNode().put("_id", key.value()))));
                }
            } else {
                if (written.contains(key)) {
                    refresh();
                }
                client.send("POST", "/" + alias + "/_delete_by_query?conflicts=proceed", OpenSearchQueries.delete(json, key, ids));
            }
            if (!docs.isEmpty()) {
                client.bulk("/" + alias + "/_bulk", OpenSearchDocuments.bulk(json, docs));
                docs.forEach(this::written);
            }
        }));
    }

    @Override
    public void later(Runnable work) {
        writes.later(() -> {
            if (!rebuildWaiting) {
                work.run();
            }
        });
    }

    @Override
    public Future<?> replaceAll(Consumer<Consumer<SearchDocument>> feed) {
        rebuilding = true;
        rebuildWaiting = true;
        return writes.submit(() -> {
            rebuildWaiting = false;
            long started = System.nanoTime();
            long followedAt = clock.millis();
            String fresh = null;
            int[] count = {0};
            try {
                fresh = create(alias + "-" + UUID.randomUUID().toString().substring(0, 8), false, "building");
                String into = fresh;
                List<SearchDocument> batch = new ArrayList<>();
                feed.accept(doc -> {
                    if (writes.closing()) {
                        throw new CancellationException("The app is stopping");
                    }
                    batch.add(doc);
                    count[0]++;
                    if (batch.size() >= BATCH) {
                        client.bulk("/" + into + "/_bulk", OpenSearchDocuments.bulk(json, batch));
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) {
                    client.bulk("/" + into + "/_bulk", OpenSearchDocuments.bulk(json, batch));
                }
                client.send("POST", "/" + fresh + "/_refresh", null);
                recordFollowed(fresh, OpenSearchMapping.FORMAT, followedAt);
                moveAlias(fresh);
                LOG.info("Search index rebuilt: {} documents in {} ms ({})", count[0],
                        (System.nanoTime() - started) / 1_000_000, location());
            } catch (CancellationException e) {
                writes.markIncomplete();
                drop(fresh);
            } catch (RuntimeException e) {
                LOG.error("Search index rebuild failed; the previous index stays ({})", location(), e);
                drop(fresh);
            } finally {
                rebuilding = false;
            }
        });
    }

    @Override
    public EngineQuery.Found search(EngineQuery query) {
        if (query.parts().isEmpty() || query.readers().isEmpty()) {
            return EngineQuery.Found.NOTHING;
        }
        return client.sendIfThere("POST", "/" + alias + "/_search", OpenSearchQueries.search(json, query))
                .map(OpenSearchDocuments::found).orElse(EngineQuery.Found.NOTHING);
    }

    @Override
    public void awaitWrites() {
        writes.await(() -> write(() -> { }));
    }

    @Override
    public IndexStatus status() {
        JsonNode all = client.sendIfThere("GET", "/" + alias + "/_stats/docs,store", null)
                .map(stats -> stats.path("_all").path("primaries")).orElse(json.createObjectNode());
        return new IndexStatus(all.path("docs").path("count").asInt(0),
                all.path("store").path("size_in_bytes").asLong(0), rebuilding);
    }

    @Override
    public boolean rebuilding() {
        return rebuilding;
    }

    @Override
    public boolean outdatedAtStart() {
        return outdated;
    }

    @Override
    public Optional<Instant> followedAtStart() {
        return followedAtStart;
    }

    /** Every node searches and writes the same index: there is nothing to tell the other nodes. */
    @Override
    public boolean sharedByNodes() {
        return true;
    }

    @Override
    public String location() {
        return client.base() + "/" + alias;
    }

    /** A write, then, when nothing else waits, a refresh and the moment followed; a failure is logged. */
    private void write(Runnable work) {
        try {
            work.run();
            if (writes.idle()) {
                refresh();
                // Each record changes the cluster's state, so not after every burst: an older moment only makes a
                // catching-up node read a little more again.
                if (clock.millis() - recordedAt > RECORD_EVERY_MILLIS) {
                    recordedAt = clock.millis();
                    recordFollowed(current, OpenSearchMapping.FORMAT, recordedAt);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Search index update failed ({})", location(), e);
        }
    }

    private void refresh() {
        client.send("POST", "/" + alias + "/_refresh", null);
        written.clear();
    }

    private void written(SearchDocument d) {
        written.add(new DocumentKey(DocumentKey.ID, d.id()));
        if (d.threadId() != null) {
            written.add(DocumentKey.thread(d.threadId()));
        }
        d.scopes().forEach(scope -> written.add(DocumentKey.scope(scope)));
    }

    private void recordFollowed(String index, String format, Long followedAt) {
        indexes.recordFollowed(index, format, followedAt);
    }

    private String create(String name, boolean withAlias, String format) {
        return indexes.create(name, withAlias, format);
    }

    /** Points the alias at the rebuilt index in one step and removes the index it pointed at. */
    private void moveAlias(String fresh) {
        String old = current;
        indexes.moveAlias(old, fresh);
        current = fresh;
        written.clear();
        drop(old);
    }

    private void drop(String index) {
        indexes.drop(index);
    }

    /** Stops without working through a backlog; what was left undone is recorded, so the next start rebuilds. */
    @Override
    public void close() throws InterruptedException {
        boolean incomplete = writes.close();
        try {
            if (incomplete) {
                LOG.warn("Search index closed with changes not written; it will be rebuilt at the next start");
                recordFollowed(current, "incomplete", null);
            } else {
                recordFollowed(current, OpenSearchMapping.FORMAT, clock.millis());
            }
        } catch (OpenSearchException e) {
            LOG.warn("Search index: could not record at closing what was followed ({})", e.getMessage());
        }
    }
}
