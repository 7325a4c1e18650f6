package org.councilworkspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.councilworkspace.db.tables.records.AuditEventRecord;
import org.councilworkspace.security.SignInAttempted;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit chain shows any changed, deleted or reordered event, and stays linear under concurrent writers. */
abstract class AuditChainContract {

    @Autowired AuditService audit;
    @Autowired DSLContext db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;

    @BeforeEach
    void someEvents() {
        for (int i = 0; i < 5; i++) {
            audit.record(new SignInAttempted(null, "tester" + i, SignInAttempted.FAILED, "192.0.2." + i));
        }
    }

    @Test
    void an_event_published_in_a_transaction_is_recorded_at_its_commit_and_not_at_all_after_a_rollback() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            events.publishEvent(new SignInAttempted(null, "committed", SignInAttempted.FAILED, "192.0.2.50"));
            assertThat(eventsOf("committed")).as("written just before the commit, not when published").isZero();
        });
        assertThat(eventsOf("committed")).isEqualTo(1);

        tx.executeWithoutResult(status -> {
            events.publishEvent(new SignInAttempted(null, "rolled-back", SignInAttempted.FAILED, "192.0.2.51"));
            status.setRollbackOnly();
        });
        assertThat(eventsOf("rolled-back")).isZero();
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    private int eventsOf(String actorName) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_NAME.eq(actorName));
    }

    @Test
    void an_untouched_chain_verifies() {
        ChainVerification result = audit.verifyChain();
        assertThat(result.intact()).as(String.valueOf(result)).isTrue();
        assertThat(result.eventsChecked()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void a_changed_event_is_found() {
        AuditEventRecord victim = middleEvent();
        String original = victim.getSummary();
        db.update(AUDIT_EVENT).set(AUDIT_EVENT.SUMMARY, "from 127.0.0.1").where(AUDIT_EVENT.ID.eq(victim.getId())).execute();
        try {
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(victim.getSeq());
            assertThat(result.problem()).contains("changed");
        } finally {
            db.update(AUDIT_EVENT).set(AUDIT_EVENT.SUMMARY, original).where(AUDIT_EVENT.ID.eq(victim.getId())).execute();
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void a_deleted_event_is_found() {
        AuditEventRecord victim = middleEvent();
        db.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(victim.getId())).execute();
        try {
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(victim.getSeq());
        } finally {
            restore(victim);
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void the_newest_event_deleted_is_found_too() {
        AuditEventRecord last = db.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchSingle();
        db.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(last.getId())).execute();
        try {
            assertThat(audit.verifyChain().intact()).isFalse();
        } finally {
            restore(last);
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void reordered_events_are_found() {
        AuditEventRecord a = middleEvent();
        AuditEventRecord b = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(a.getSeq() + 1)).fetchSingle();
        swapSeq(a, b);
        try {
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(a.getSeq());
        } finally {
            swapSeq(a, b);
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void concurrent_writers_keep_one_linear_chain() throws Exception {
        long before = db.fetchCount(AUDIT_EVENT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    audit.record(new SignInAttempted(null, "writer" + thread, SignInAttempted.FAILED, "198.51.100." + i));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(before + 200);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    private AuditEventRecord middleEvent() {
        long maxSeq = db.select(org.jooq.impl.DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT).fetchOne().value1();
        return db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(maxSeq - 2)).fetchSingle();
    }

    private void restore(AuditEventRecord deleted) {
        deleted.changed(true);
        db.insertInto(AUDIT_EVENT).set(deleted).execute();
    }

    /** Exchanges the sequence numbers of two events, as someone reordering the log would. */
    private void swapSeq(AuditEventRecord a, AuditEventRecord b) {
        long seqA = db.select(AUDIT_EVENT.SEQ).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(a.getId())).fetchOne().value1();
        long seqB = db.select(AUDIT_EVENT.SEQ).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(b.getId())).fetchOne().value1();
        db.update(AUDIT_EVENT).set(AUDIT_EVENT.SEQ, -1L).where(AUDIT_EVENT.ID.eq(a.getId())).execute();
        db.update(AUDIT_EVENT).set(AUDIT_EVENT.SEQ, seqA).where(AUDIT_EVENT.ID.eq(b.getId())).execute();
        db.update(AUDIT_EVENT).set(AUDIT_EVENT.SEQ, seqB).where(AUDIT_EVENT.ID.eq(a.getId())).execute();
    }
}
