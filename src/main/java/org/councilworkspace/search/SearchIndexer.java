package org.councilworkspace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database. After a change commits (never before: a change that rolls back must
 * not be found) the things it touched are read again through the features' own text feeds and replace what the
 * index held. At start-up the whole index is rebuilt when it is missing, of an older format, or an operator asked
 * for it with {@code council.search.rebuild=true}.
 */
@Component
class SearchIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final SectionTexts sections;
    private final ThreadTexts threads;
    private final FeatureTexts features;
    private final boolean rebuildOnStart;

    SearchIndexer(SearchIndex index, SectionTexts sections, ThreadTexts threads, FeatureTexts features,
                  @Value("${council.search.rebuild:false}") boolean rebuildOnStart) {
        this.index = index;
        this.sections = sections;
        this.threads = threads;
        this.features = features;
        this.rebuildOnStart = rebuildOnStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (rebuildOnStart || index.outdatedAtStart()) {
            LOG.info("Rebuilding the search index from the database ({}, {})", index.location(),
                    rebuildOnStart ? "asked for" : "missing or of an older format");
            rebuild();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRevised(SectionRevised event) {
        section(event.sectionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onPlanChanged(PlanChanged event) {
        if ("SECTION".equals(event.objectType()) && event.objectId() != null) {
            long sectionId = Long.parseLong(event.objectId());
            section(sectionId);
            if ("SECTION_RENAMED".equals(event.action())) {
                // Comments show their section's title.
                threads.threadsOfSection(sectionId).forEach(this::thread);
            }
        } else if ("PLAN_CREATED".equals(event.action()) && event.objectId() != null) {
            // A plan started from the last cycle's arrives with its sections' text copied in one go.
            long planId = Long.parseLong(event.objectId());
            index.later(() -> sections.ofPlan(planId).forEach(s -> section(s.sectionId())));
        }
        PublishedPlanTexts.scopeOf(event).ifPresent(scope -> scope(features.publishedPlans(), scope));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAmendment(AmendmentChanged event) {
        scope(features.amendments(), AmendmentTexts.scopeOf(event));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onConsensus(ConsensusChanged event) {
        features.positions().scopeOf(event).ifPresent(scope -> scope(features.positions(), scope));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onConsultation(RoundChanged event) {
        features.consultation().scopeOf(event).ifPresent(scope -> scope(features.consultation(), scope));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onMeeting(MeetingChanged event) {
        features.meetings().scopeOf(event).ifPresent(scope -> scope(features.meetings(), scope));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onImplementation(ImplementationChanged event) {
        features.register().scopeOf(event).ifPresent(scope -> scope(features.register(), scope));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onDeliberation(DeliberationChanged event) {
        thread(event.threadId());
    }

    Future<?> rebuild() {
        return index.rebuild(add -> {
            sections.forEach(s -> add.accept(IndexDocuments.of(s)));
            threads.forEach(c -> add.accept(IndexDocuments.of(c)));
            features.all().forEach(texts -> texts.forEach(t -> add.accept(IndexDocuments.of(t))));
        });
    }

    /** Replaces what the index holds of the scope with what the feature holds of it now. */
    private void scope(IndexedTexts texts, String scope) {
        index.replace(IndexDocuments.scopeTerm(scope),
                () -> texts.scope(scope).stream().map(IndexDocuments::of).toList());
    }

    private void section(long sectionId) {
        index.replace(IndexDocuments.sectionTerm(sectionId), () -> {
            List<Document> docs = new ArrayList<>();
            sections.section(sectionId).ifPresent(s -> docs.add(IndexDocuments.of(s)));
            return docs;
        });
    }

    private void thread(long threadId) {
        index.replace(IndexDocuments.threadTerm(threadId),
                () -> threads.thread(threadId).stream().map(IndexDocuments::of).toList());
    }
}
