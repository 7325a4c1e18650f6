package org.councilworkspace.audit;

import java.util.function.Consumer;
import org.councilworkspace.db.tables.records.AuditChainHeadRecord;
import org.councilworkspace.db.tables.records.AuditEventRecord;

/**
 * Re-computes the chain event by event. A changed event fails its own hash; a deleted one leaves a gap
 * in the sequence or a broken link; a reordered one breaks the link to its predecessor; and the last
 * event must match the recorded head, so even deleting the newest events shows.
 */
final class ChainWalker implements Consumer<AuditEventRecord> {

    private long expectedSeq = 1;
    private String previousHash = AuditHasher.GENESIS;
    private long checked;
    private ChainVerification failure;

    @Override
    public void accept(AuditEventRecord e) {
        if (failure != null) {
            return;
        }
        checked++;
        if (e.getSeq() != expectedSeq) {
            failure = ChainVerification.broken(checked, expectedSeq, "missing or reordered event");
            return;
        }
        if (!e.getPrevHash().equals(previousHash)) {
            failure = ChainVerification.broken(checked, e.getSeq(), "link to the previous event is broken");
            return;
        }
        String recomputed = AuditHasher.hash(e.getPrevHash(), e.getSeq(), e.getOccurredAt(), e.getActorId(),
                e.getActorName(), e.getCouncilId(), e.getAction(), e.getObjectType(), e.getObjectId(), e.getSummary());
        if (!recomputed.equals(e.getHash())) {
            failure = ChainVerification.broken(checked, e.getSeq(), "event content was changed");
            return;
        }
        previousHash = e.getHash();
        expectedSeq++;
    }

    ChainVerification finish(AuditChainHeadRecord head) {
        if (failure != null) {
            return failure;
        }
        if (head.getLastSeq() != expectedSeq - 1 || !head.getLastHash().equals(previousHash)) {
            return ChainVerification.broken(checked, expectedSeq, "events are missing at the end of the chain");
        }
        return ChainVerification.ok(checked);
    }
}
