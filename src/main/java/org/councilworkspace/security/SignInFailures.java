package org.councilworkspace.security;

import java.time.Instant;
import org.councilworkspace.base.events.AuditableEvent;

/**
 * Failed and throttled sign-ins for one account name from one address, counted over a stretch of time: one audit
 * entry for many attempts. {@code account} and {@code address} are {@link #OTHERS} in the entry that sums up the
 * attempts beyond the per-interval limits.
 */
public record SignInFailures(String account, String address, int failed, int throttled, Instant from, Instant to)
        implements AuditableEvent {

    public static final String ACTION = "SIGN_IN_FAILURES";
    public static final String OTHERS = "*";

    @Override
    public Long actorId() {
        return null;
    }

    @Override
    public String actorName() {
        return account;
    }

    @Override
    public Long councilId() {
        return null;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String objectType() {
        return "ACCOUNT";
    }

    @Override
    public String objectId() {
        return account;
    }

    @Override
    public String summary() {
        String counts = failed + " failed, " + throttled + " refused by throttling";
        String where = OTHERS.equals(account) ? " for other accounts and addresses" : " from " + address;
        return counts + where + ", " + from + " to " + to;
    }
}
