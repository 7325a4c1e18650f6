package org.councilworkspace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.councilworkspace.amendment.AmendmentChanged;
import org.councilworkspace.amendment.AmendmentTexts;
import org.councilworkspace.base.IndexedTexts;
import org.councilworkspace.consensus.ConsensusChanged;
import org.councilworkspace.consultation.RoundChanged;
import org.councilworkspace.deliberation.DeliberationChanged;
import org.councilworkspace.deliberation.ThreadTexts;
import org.councilworkspace.implementation.ImplementationChanged;
import org.councilworkspace.meeting.MeetingChanged;
import org.councilworkspace.plan.PlanChanged;
import org.councilworkspace.plan.PublishedPlanTexts;
import org.councilworkspace.plan.SectionRevised;
import org.councilworkspace.plan.SectionTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step with the database. After a change commits (never before: a change that rolls back must
 * not be found) the things it touched are read again through the features' own text feeds and replace what the
 * index held; other app nodes are told what it touched and do the same in their own index (see {@link SearchRelay}),
 * and the keys are kept in the database for the nodes that are not following now ({@link SearchCatchUp}).
 */
@Component
class SearchIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    // What a change touched, as keys the other nodes can be sent: a kind letter and an id (or a feature's scope).
    private static final String SECTION = "s";
    private static final String RENAMED = "r";
    private static final String PLAN = "p";
    private static final String THREAD = "t";
    private static final String FEATURE = "x";

    private final SearchEngine index;
    private final SectionTexts sections;
    private final ThreadTexts threads;
    private final FeatureTexts features;
    private final SearchRelay relay;
    private final SearchJournal journal;
    /**
     * Set from the start of a node whose index is rebuilt once the app is ready ({@link SearchCatchUp}) until that
     * rebuild is asked for. Meanwhile this node's own changes (the demo data, loaded on an empty database) are not
     * read into the index one by one: the rebuild reads everything committed before it anyway, so the index ends
     * up the same. Checked after each commit, so a change it skips committed before the rebuild read anything.
     */
    private volatile boolean rebuildAhead;

    SearchIndexer(SearchEngine index, SectionTexts sections, ThreadTexts threads, FeatureTexts features,
                  SearchRelay relay, SearchJournal journal) {
        this.index = index;
        this.sections = sections;
        this.threads = threads;
        this.features = features;
        this.relay = relay;
        this.journal = journal;
        // Another node's changes: handed to the index's writer thread, which reads them from the database. An index
        // that every node shares has had them written by the node that made them.
        if (!index.sharedByNodes()) {
            relay.listen(keys -> index.later(() -> apply(keys)));
        }
    }

    @EventListener
    void onRevised(SectionRevised event) {
        follow(() -> List.of(SECTION + event.sectionId()));
    }

    @EventListener
    void onPlanChanged(PlanChanged event) {
        follow(() -> {
            List<String> keys = new ArrayList<>();
            if ("SECTION".equals(event.objectType()) && event.objectId() != null) {
                // Comments show their section's title.
                keys.add(("SECTION_RENAMED".equals(event.action()) ? RENAMED : SECTION) + event.objectId());
            } else if ("PLAN_CREATED".equals(event.action()) && event.objectId() != null) {
                // A plan started from the last cycle's arrives with its sections' text copied in one go.
                keys.add(PLAN + event.objectId());
            }
            PublishedPlanTexts.scopeOf(event).ifPresent(scope -> keys.add(feature(features.publishedPlans(), scope)));
            return keys;
        });
    }

    @EventListener
    void onAmendment(AmendmentChanged event) {
        follow(() -> List.of(feature(features.amendments(), AmendmentTexts.scopeOf(event))));
    }

    @EventListener
    void onConsensus(ConsensusChanged event) {
        follow(() -> features.positions().scopeOf(event).map(scope -> feature(features.positions(), scope)).stream()
                .toList());
    }

    @EventListener
    void onConsultation(RoundChanged event) {
        follow(() -> features.consultation().scopeOf(event).map(scope -> feature(features.consultation(), scope))
                .stream().toList());
    }

    @EventListener
    void onMeeting(MeetingChanged event) {
        follow(() -> features.meetings().scopeOf(event).map(scope -> feature(features.meetings(), scope)).stream()
                .toList());
    }

    @EventListener
    void onImplementation(ImplementationChanged event) {
        follow(() -> features.register().scopeOf(event).map(scope -> feature(features.register(), scope)).stream()
                .toList());
    }

    @EventListener
    void onDeliberation(DeliberationChanged event) {
        follow(() -> List.of(THREAD + event.threadId()));
    }

    /**
     * Works out, inside the change's transaction, which things it touched; tells the other nodes (their news leaves
     * with the commit); and reads them again into this node's index once the change has committed (never before:
     * a change that rolls back must not be found). Nothing here may fail the change itself.
     */
    private void follow(Supplier<List<String>> changed) {
        List<String> keys;
        try {
            keys = changed.get();
        } catch (RuntimeException e) {
            LOG.error("Search index: could not tell what a change touched; a rebuild will pick it up", e);
            return;
        }
        if (keys.isEmpty()) {
            return;
        }
        remember(keys);
        if (!index.sharedByNodes()) {
            relay.announce(keys);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    applyUnlessRebuildAhead(keys);
                }
            });
        } else {
            applyUnlessRebuildAhead(keys);
        }
    }

    /** Kept with the change, for the nodes that are not following now (see {@link SearchCatchUp}). */
    private void remember(List<String> keys) {
        List<String> kept = keys.stream().filter(k -> k.length() <= SearchJournal.MAX_KEY).toList();
        if (kept.size() < keys.size()) {
            LOG.warn("Search index: {} keys too long to keep for catching up", keys.size() - kept.size());
        }
        try {
            if (!kept.isEmpty()) {
                journal.record(kept);
            }
        } catch (RuntimeException e) {
            LOG.error("Search index: could not keep a change for catching up; a rebuild will pick it up", e);
        }
    }

    private void applyUnlessRebuildAhead(List<String> keys) {
        if (!rebuildAhead) {
            apply(keys);
        }
    }

    /** The index is rebuilt once the app is ready: until then this node's own changes wait for that rebuild. */
    void rebuildAhead() {
        rebuildAhead = true;
    }

    /** Reads the things named by the keys again into the index: this node's own changes and other nodes'. */
    void apply(List<String> keys) {
        for (String key : keys) {
            try {
                applyOne(key);
            } catch (RuntimeException e) {
                LOG.error("Search index: could not follow the change {}", key, e);
            }
        }
    }

    private void applyOne(String key) {
        String rest = key.substring(1);
        switch (key.charAt(0)) {
            case 's' -> section(Long.parseLong(rest));
            case 'r' -> {
                long sectionId = Long.parseLong(rest);
                section(sectionId);
                index.later(() -> threads.threadsOfSection(sectionId).forEach(this::thread));
            }
            case 'p' -> {
                long planId = Long.parseLong(rest);
                index.later(() -> sections.ofPlan(planId).forEach(s -> section(s.sectionId())));
            }
            case 't' -> thread(Long.parseLong(rest));
            case 'x' -> {
                int colon = rest.indexOf(':');
                scope(features.all().get(Integer.parseInt(rest.substring(0, colon))), rest.substring(colon + 1));
            }
            default -> LOG.warn("Search index: unknown change {}", key);
        }
    }

    private String feature(IndexedTexts texts, String scope) {
        return FEATURE + features.all().indexOf(texts) + ":" + scope;
    }

    Future<?> rebuild() {
        // Before the rebuild is queued: a change committed after this is read into the index on its own again.
        rebuildAhead = false;
        return index.replaceAll(add -> {
            sections.forEach(s -> add.accept(SearchDocument.of(s)));
            threads.forEach(c -> add.accept(SearchDocument.of(c)));
            features.all().forEach(texts -> texts.forEach(t -> add.accept(SearchDocument.of(t))));
        });
    }

    /** Replaces what the index holds of the scope with what the feature holds of it now. */
    private void scope(IndexedTexts texts, String scope) {
        index.replace(DocumentKey.scope(scope),
                () -> texts.scope(scope).stream().map(SearchDocument::of).toList());
    }

    private void section(long sectionId) {
        index.replace(DocumentKey.section(sectionId), () -> {
            List<SearchDocument> docs = new ArrayList<>();
            sections.section(sectionId).ifPresent(s -> docs.add(SearchDocument.of(s)));
            return docs;
        });
    }

    private void thread(long threadId) {
        index.replace(DocumentKey.thread(threadId),
                () -> threads.thread(threadId).stream().map(SearchDocument::of).toList());
    }
}
