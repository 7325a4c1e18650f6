package org.councilworkspace.audit;

/**
 * The outcome of re-computing the audit chain.
 *
 * @param brokenAtSeq the first sequence number where the chain does not hold, or null when intact
 */
public record ChainVerification(boolean intact, long eventsChecked, Long brokenAtSeq, String problem) {

    static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}
