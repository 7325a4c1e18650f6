package org.councilworkspace.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.events.AuditableEvent;
import org.councilworkspace.db.tables.records.AuditEventRecord;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Records every auditable event into the hash chain, and lets the right people read and verify it. */
@Service
public class AuditService {

    private static final int MAX_SUMMARY = 1000;

    private final AuditRepository repository;
    private final AccessGuard guard;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AuditService(AuditRepository repository, AccessGuard guard, Clock clock, TransactionTemplate transactions) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Joins the publisher's transaction, so an action and its record commit or roll back together. Written just
     * before that transaction commits, not when the event is published: the chain's head row stays locked from
     * here to the commit, and every other auditable action waits for it meanwhile. Without a transaction the event
     * is recorded at once, in a transaction of its own.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void record(AuditableEvent event) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            append(event);
        } else {
            transactions.executeWithoutResult(status -> append(event));
        }
    }

    private void append(AuditableEvent event) {
        var head = repository.lockHead();
        long seq = head.getLastSeq() + 1;
        OffsetDateTime at = AuditRepository.truncate(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        String actorName = clip(event.actorName() == null ? "system" : event.actorName(), 64);
        String summary = clip(event.summary() == null ? "" : event.summary(), MAX_SUMMARY);
        String objectId = event.objectId() == null ? null : clip(event.objectId(), 64);
        String hash = AuditHasher.hash(head.getLastHash(), seq, at, event.actorId(), actorName, event.councilId(),
                event.action(), event.objectType(), objectId, summary);
        AuditEventRecord row = new AuditEventRecord();
        row.setSeq(seq);
        row.setOccurredAt(at);
        row.setActorId(event.actorId());
        row.setActorName(actorName);
        row.setCouncilId(event.councilId());
        row.setAction(event.action());
        row.setObjectType(event.objectType());
        row.setObjectId(objectId);
        row.setSummary(summary);
        row.setPrevHash(head.getLastHash());
        row.setHash(hash);
        repository.insert(row);
        repository.moveHead(seq, hash);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> councilEvents(long councilId, int offset, int limit) {
        return councilEvents(councilId, Set.of(), offset, limit);
    }

    /** A page of the council's log, newest first, of the given event codes only (none given: every event). */
    @Transactional(readOnly = true)
    public List<AuditEntry> councilEvents(long councilId, Set<String> actions, int offset, int limit) {
        guard.require(councilId, CouncilAction.READ_AUDIT);
        return repository.page(AuditRepository.withActions(AuditRepository.ofCouncil(councilId), actions), offset,
                limit);
    }

    @Transactional(readOnly = true)
    public int countCouncilEvents(long councilId) {
        return countCouncilEvents(councilId, Set.of());
    }

    @Transactional(readOnly = true)
    public int countCouncilEvents(long councilId, Set<String> actions) {
        guard.require(councilId, CouncilAction.READ_AUDIT);
        return repository.count(AuditRepository.withActions(AuditRepository.ofCouncil(councilId), actions));
    }

    /** The event codes the council's log holds, to filter it by. */
    @Transactional(readOnly = true)
    public List<String> councilActions(long councilId) {
        guard.require(councilId, CouncilAction.READ_AUDIT);
        return repository.actions(AuditRepository.ofCouncil(councilId));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> platformEvents(int offset, int limit) {
        return platformEvents(Set.of(), offset, limit);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> platformEvents(Set<String> actions, int offset, int limit) {
        guard.requireAdmin();
        return repository.page(AuditRepository.withActions(AuditRepository.platform(), actions), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPlatformEvents() {
        return countPlatformEvents(Set.of());
    }

    @Transactional(readOnly = true)
    public int countPlatformEvents(Set<String> actions) {
        guard.requireAdmin();
        return repository.count(AuditRepository.withActions(AuditRepository.platform(), actions));
    }

    @Transactional(readOnly = true)
    public List<String> platformActions() {
        guard.requireAdmin();
        return repository.actions(AuditRepository.platform());
    }

    /** Verifies the whole chain: for the administrator, or for anyone who may read a council's audit log. */
    @Transactional(readOnly = true)
    public ChainVerification verify(Long councilId) {
        if (councilId == null) {
            guard.requireAdmin();
        } else {
            guard.require(councilId, CouncilAction.READ_AUDIT);
        }
        return verifyChain();
    }

    /** The check itself, without a permission check: for operations (backup, restore) and tests. */
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        ChainWalker walker = new ChainWalker();
        repository.forEachInOrder(walker);
        return walker.finish(repository.head());
    }

    /** The same check on any database, for example one just restored from a backup. */
    public static ChainVerification verifyChainIn(org.jooq.DSLContext db) {
        AuditRepository restored = new AuditRepository(db);
        ChainWalker walker = new ChainWalker();
        restored.forEachInOrder(walker);
        return walker.finish(restored.head());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
