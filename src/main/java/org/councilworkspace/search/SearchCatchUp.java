package org.councilworkspace.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to date at start-up. The whole index is rebuilt when it is missing, of an older format, or an
 * operator asked for it with {@code council.search.rebuild=true}. Otherwise the node reads again everything changed
 * since its index last committed what it had followed (the changes' keys are kept in the database,
 * {@link SearchJournal}), so a node that was stopped or down while others changed things finds them without a
 * rebuild. A node whose index is older than the kept keys rebuilds instead.
 */
@Component
class SearchCatchUp {

    /** How long changes' keys are kept: a node down for longer rebuilds its index at its next start. */
    static final Duration KEPT = Duration.ofDays(14);
    /**
     * Read again from this long before the index's last commit: a change's key is written when its transaction
     * makes it, which may be a while before it commits, and the nodes' clocks may differ a little. Reading a thing
     * again that the index already has costs a read, nothing more.
     */
    static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SearchCatchUp.class);

    private final SearchEngine index;
    private final SearchIndexer indexer;
    private final SearchJournal journal;
    private final Clock clock;
    private final boolean rebuildOnStart;
    /** Decided when the node starts: the index must be rebuilt once the app is ready. */
    private final boolean rebuild;

    SearchCatchUp(SearchEngine index, SearchIndexer indexer, SearchJournal journal, Clock clock,
                  @Value("${council.search.rebuild:false}") boolean rebuildOnStart) {
        this.index = index;
        this.indexer = indexer;
        this.journal = journal;
        this.clock = clock;
        this.rebuildOnStart = rebuildOnStart;
        Optional<Instant> followed = index.followedAtStart();
        this.rebuild = rebuildOnStart || index.outdatedAtStart() || followed.isEmpty()
                || followed.get().isBefore(clock.instant().minus(KEPT));
        if (rebuild) {
            indexer.rebuildAhead();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Optional<Instant> followed = index.followedAtStart();
        if (rebuild) {
            LOG.info("Rebuilding the search index from the database ({}, {})", index.location(),
                    rebuildOnStart ? "asked for" : "missing, of an older format, or older than the kept changes");
            indexer.rebuild();
        } else {
            catchUp(followed.get());
        }
        forgetOldChanges();
    }

    /**
     * Reads again whatever changed since the index last followed the changes: each thing is queued for the index's
     * writer thread, which reads it from the database just before writing it.
     */
    private void catchUp(Instant followed) {
        List<String> keys = journal.keysSince(OffsetDateTime.ofInstant(followed.minus(OVERLAP), ZoneOffset.UTC));
        if (keys.isEmpty()) {
            return;
        }
        LOG.info("Search index catching up: {} things changed since {} are read again ({})", keys.size(), followed,
                index.location());
        indexer.apply(keys);
    }

    /** Every node forgets the keys older than {@link #KEPT}; several nodes doing so at once do no harm. */
    @Scheduled(initialDelay = 6, fixedDelay = 6, timeUnit = TimeUnit.HOURS)
    void forgetOldChanges() {
        try {
            journal.pruneBefore(OffsetDateTime.ofInstant(clock.instant().minus(KEPT), ZoneOffset.UTC));
        } catch (RuntimeException e) {
            LOG.warn("Search index: could not remove old kept changes; they are removed at the next try", e);
        }
    }
}
