package org.councilworkspace.security;

import org.councilworkspace.base.events.AuditableEvent;

/**
 * A sign-in succeeded. (Failed and throttled attempts are counted and recorded as {@link SignInFailures}; the
 * constants for them stay for the entries written before that.)
 */
public record SignInAttempted(Long actorId, String actorName, String action, String clientAddress)
        implements AuditableEvent {

    public static final String SUCCEEDED = "SIGN_IN_SUCCEEDED";
    public static final String FAILED = "SIGN_IN_FAILED";
    public static final String THROTTLED = "SIGN_IN_THROTTLED";

    @Override
    public Long councilId() {
        return null;
    }

    @Override
    public String objectType() {
        return "ACCOUNT";
    }

    @Override
    public String objectId() {
        return actorName;
    }

    @Override
    public String summary() {
        return "from " + clientAddress;
    }
}
