package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: rebuilt at start when missing or of another format, kept when current. */
class SearchIndexFormatTest {

    @TempDir Path dir;

    @Test
    void a_missing_index_is_outdated_and_after_a_rebuild_it_is_current() throws Exception {
        SearchIndex first = new SearchIndex(dir.toString());
        assertThat(first.outdatedAtStart()).isTrue();
        first.rebuild(add -> { }).get();
        first.close();
        SearchIndex second = new SearchIndex(dir.toString());
        assertThat(second.outdatedAtStart()).isFalse();
        second.close();
    }

    @Test
    void an_index_of_an_older_format_is_outdated() throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(SearchIndex.FORMAT_KEY, "0").entrySet());
            writer.commit();
        }
        SearchIndex index = new SearchIndex(dir.toString());
        assertThat(index.outdatedAtStart()).isTrue();
        index.close();
    }

    @Test
    void updates_after_a_rebuild_keep_the_format_and_survive_a_restart() throws Exception {
        SearchIndex first = new SearchIndex(dir.toString());
        first.rebuild(add -> { }).get();
        first.replace(IndexDocuments.sectionTerm(7), () -> List.of(IndexDocuments.of(
                new org.councilworkspace.plan.IndexedSection(7, 3, 1, "Plan", "Ports", "Quays and cranes",
                        java.time.OffsetDateTime.now(), false)))).get();
        first.close();
        SearchIndex second = new SearchIndex(dir.toString());
        assertThat(second.outdatedAtStart()).isFalse();
        int docs = second.read(s -> s.getIndexReader().numDocs());
        assertThat(docs).isEqualTo(1);
        second.close();
    }

    @Test
    void an_index_closed_with_changes_still_waiting_is_rebuilt_at_the_next_start() throws Exception {
        SearchIndex index = new SearchIndex(dir.toString());
        index.rebuild(add -> { }).get();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        index.later(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        index.replace(IndexDocuments.sectionTerm(8), List::of);
        Thread closer = new Thread(() -> {
            try {
                index.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        closer.start();
        // The closer has dropped the waiting change and waits for the running one to finish.
        await().until(() -> closer.getState() == Thread.State.TIMED_WAITING);
        release.countDown();
        closer.join();
        SearchIndex reopened = new SearchIndex(dir.toString());
        assertThat(reopened.outdatedAtStart()).isTrue();
        reopened.close();
    }
}
