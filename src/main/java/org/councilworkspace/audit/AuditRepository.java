package org.councilworkspace.audit;

import static org.councilworkspace.db.Tables.AUDIT_CHAIN_HEAD;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.councilworkspace.db.tables.records.AuditChainHeadRecord;
import org.councilworkspace.db.tables.records.AuditEventRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    /** The head of the chain, locked until the transaction ends so appends happen one at a time. */
    AuditChainHeadRecord lockHead() {
        return db.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).forUpdate().fetchSingle();
    }

    AuditChainHeadRecord head() {
        return db.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).fetchSingle();
    }

    void insert(AuditEventRecord event) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.SEQ, event.getSeq())
                .set(AUDIT_EVENT.OCCURRED_AT, event.getOccurredAt())
                .set(AUDIT_EVENT.ACTOR_ID, event.getActorId())
                .set(AUDIT_EVENT.ACTOR_NAME, event.getActorName())
                .set(AUDIT_EVENT.COUNCIL_ID, event.getCouncilId())
                .set(AUDIT_EVENT.ACTION, event.getAction())
                .set(AUDIT_EVENT.OBJECT_TYPE, event.getObjectType())
                .set(AUDIT_EVENT.OBJECT_ID, event.getObjectId())
                .set(AUDIT_EVENT.SUMMARY, event.getSummary())
                .set(AUDIT_EVENT.PREV_HASH, event.getPrevHash())
                .set(AUDIT_EVENT.HASH, event.getHash())
                .execute();
    }

    void moveHead(long seq, String hash) {
        db.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_SEQ, seq)
                .set(AUDIT_CHAIN_HEAD.LAST_HASH, hash)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .execute();
    }

    /** Walks every event in chain order without holding them all in memory. */
    void forEachInOrder(Consumer<AuditEventRecord> visitor) {
        try (var cursor = db.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ).fetchSize(500).fetchLazy()) {
            cursor.forEach(visitor);
        }
    }

    List<AuditEntry> page(Condition scope, int offset, int limit) {
        return db.selectFrom(AUDIT_EVENT)
                .where(scope)
                .orderBy(AUDIT_EVENT.SEQ.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getSeq(), r.getOccurredAt(), r.getActorName(), r.getCouncilId(),
                        r.getAction(), r.getObjectType(), r.getObjectId(), r.getSummary(), r.getHash()));
    }

    int count(Condition scope) {
        return db.fetchCount(AUDIT_EVENT, scope);
    }

    /** The distinct event codes written in a scope, for the log's filter. */
    List<String> actions(Condition scope) {
        return db.selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(scope).orderBy(AUDIT_EVENT.ACTION)
                .fetch(AUDIT_EVENT.ACTION);
    }

    static Condition ofCouncil(long councilId) {
        return AUDIT_EVENT.COUNCIL_ID.eq(councilId);
    }

    static Condition platform() {
        return AUDIT_EVENT.COUNCIL_ID.isNull();
    }

    /** The scope narrowed to some event codes; no codes means every event. */
    static Condition withActions(Condition scope, Set<String> actions) {
        return actions == null || actions.isEmpty() ? scope : scope.and(AUDIT_EVENT.ACTION.in(actions));
    }

    static OffsetDateTime truncate(OffsetDateTime time) {
        return time.withNano(time.getNano() / 1_000_000 * 1_000_000);
    }
}
