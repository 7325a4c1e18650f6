package org.councilworkspace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index, the default engine, and the one thread that writes to it. Every change is a task on
 * that thread, in the order it was asked for, so a rebuild and the updates that arrive meanwhile never overwrite each
 * other: updates wait and then re-read what they index. Readers see a change once its task has finished. The index
 * records the format of its documents ({@link #FORMAT}) with each commit; an index without it, or with an older one,
 * is rebuilt.
 */
@Component
@ConditionalOnProperty(name = "council.search.engine", havingValue = "lucene", matchIfMissing = true)
class SearchIndex implements SearchEngine, AutoCloseable {

    /** Raise when documents are indexed differently (fields, analysis): existing indexes are then rebuilt. */
    static final String FORMAT = "4";
    static final String FORMAT_KEY = "council.search.format";
    /** When the index last committed while following the changes, in epoch milliseconds of the app's clock. */
    static final String FOLLOWED_KEY = "council.search.followed-at";
    private static final long REFRESH_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final Analyzer analyzer = new SearchAnalyzer();
    private final Directory directory;
    private final String location;
    private final boolean outdated;
    private final Clock clock;
    private final Optional<Instant> followedAtStart;
    private final WriteQueue writes = new WriteQueue();
    /** Written on the writer thread only. */
    private long refreshedAt = System.nanoTime();
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean rebuilding;

    SearchIndex(String indexDir) throws IOException {
        this(indexDir, Clock.systemUTC());
    }

    @Autowired
    SearchIndex(@Value("${council.search.index-dir:}") String indexDir, Clock clock) throws IOException {
        this.clock = clock;
        if (indexDir == null || indexDir.isBlank()) {
            directory = new ByteBuffersDirectory();
            location = "memory";
        } else {
            Path path = Path.of(indexDir).toAbsolutePath().normalize();
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            location = path.toString();
        }
        Map<String, String> stored = IndexFiles.commitData(directory, location);
        outdated = !FORMAT.equals(stored.get(FORMAT_KEY));
        followedAtStart = Optional.ofNullable(stored.get(FOLLOWED_KEY)).map(Long::parseLong).map(Instant::ofEpochMilli);
        open(outdated ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public boolean outdatedAtStart() {
        return outdated;
    }

    @Override
    public Optional<Instant> followedAtStart() {
        return followedAtStart;
    }

    @Override
    public boolean rebuilding() {
        return rebuilding;
    }

    @Override
    public Future<?> replace(DocumentKey key, Supplier<List<SearchDocument>> documents) {
        return replace(IndexDocuments.term(key), () -> documents.get().stream().map(IndexDocuments::of).toList());
    }

    @Override
    public Future<?> replaceAll(Consumer<Consumer<SearchDocument>> feed) {
        return rebuild(add -> feed.accept(doc -> add.accept(IndexDocuments.of(doc))));
    }

    @Override
    public EngineQuery.Found search(EngineQuery query) {
        return read(searcher -> LuceneQueries.search(searcher, analyzer, query));
    }

    /**
     * Replaces every document that has the term with those {@code documents} gives (none: they are removed). The
     * documents are read on the writer thread, just before they are written, so they are as new as the database.
     */
    Future<?> replace(Term term, Supplier<Iterable<Document>> documents) {
        return writes.submit(() -> write(w -> {
            Iterable<Document> docs = documents.get();
            w.deleteDocuments(term);
            w.addDocuments(docs);
        }));
    }

    @Override
    public void later(Runnable work) {
        writes.later(work);
    }

    /**
     * Empties the index and fills it from {@code feed}; readers keep seeing the old content until it is done. On a
     * failure the old content stays.
     */
    Future<?> rebuild(Consumer<Consumer<Document>> feed) {
        // Set when asked for, not when started: searches say so at once, even while earlier changes are written.
        rebuilding = true;
        return writes.submit(() -> {
            long started = System.nanoTime();
            // What the feed reads is at least as new as this; changes meanwhile queue behind the rebuild.
            long followedAt = clock.millis();
            int[] count = {0};
            try {
                writer.deleteAll();
                feed.accept(doc -> {
                    if (writes.closing()) {
                        throw new CancellationException("The app is stopping");
                    }
                    try {
                        writer.addDocument(doc);
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                commit(followedAt);
                searchers.maybeRefreshBlocking();
                LOG.info("Search index rebuilt: {} documents in {} ms ({})", count[0],
                        (System.nanoTime() - started) / 1_000_000, location);
            } catch (CancellationException e) {
                writes.markIncomplete();
                reopenAfterFailure();
            } catch (IOException | RuntimeException e) {
                LOG.error("Search index rebuild failed; the previous index stays", e);
                reopenAfterFailure();
            } finally {
                rebuilding = false;
            }
        });
    }

    @Override
    public void awaitWrites() {
        // It comes after what was asked before, and refreshes even when work queued meanwhile keeps the queue busy.
        writes.await(() -> write(w -> searchers.maybeRefreshBlocking()));
    }

    /** How many documents searches see, and the bytes the index's files take (on disk, or in memory). */
    @Override
    public IndexStatus status() {
        return new IndexStatus(read(searcher -> searcher.getIndexReader().numDocs()), IndexFiles.bytes(directory),
                rebuilding);
    }

    <T> T read(SearchWork<T> work) {
        SearcherManager manager = searchers;
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface WriterWork {
        void apply(IndexWriter writer) throws IOException;
    }

    private void write(WriterWork work) {
        try {
            work.apply(writer);
            // A burst of changes is committed once, when the queue is empty, and shown to searches at most every
            // REFRESH_MILLIS meanwhile: opening a new reader per change would make a burst slow to work through.
            boolean idle = writes.idle();
            if (idle) {
                commit(clock.millis());
            }
            if (idle || System.nanoTime() - refreshedAt > REFRESH_MILLIS * 1_000_000) {
                searchers.maybeRefreshBlocking();
                refreshedAt = System.nanoTime();
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Search index update failed", e);
            reopenAfterFailure();
        }
    }

    /** Commits with the format and the moment up to which the index has followed the changes. */
    private void commit(long followedAt) throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, FOLLOWED_KEY, Long.toString(followedAt)).entrySet());
        writer.commit();
    }

    private void open(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    private void reopenAfterFailure() {
        try {
            writer.rollback();
            open(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops without working through a backlog or finishing a rebuild (the app should stop promptly). What was left
     * undone is lost to the index, so it is then marked incomplete and rebuilt at the next start.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        if (writes.close()) {
            LOG.warn("Search index closed with changes not written; it will be rebuilt at the next start");
            writer.setLiveCommitData(Map.of(FORMAT_KEY, "incomplete").entrySet());
            writer.commit();
        } else {
            commit(clock.millis());
        }
        searchers.close();
        writer.close();
        directory.close();
    }
}
