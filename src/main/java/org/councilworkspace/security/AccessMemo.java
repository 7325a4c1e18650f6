package org.councilworkspace.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers the account and membership reads of permission checks for the rest of one HTTP request. Opening a
 * section runs a few dozen checks for the same person; each used to read the same two rows again. A new request
 * reads afresh, so a deactivated account or an ended membership still loses access with the next click; writes
 * to accounts or memberships forget what was remembered, so a later check in the same request sees the change.
 * Outside a request (live updates, scheduled jobs, tests) nothing is remembered.
 */
public final class AccessMemo {

    private static final String ATTRIBUTE = AccessMemo.class.getName();

    private AccessMemo() {
    }

    static <T> T get(String key, Supplier<T> read) {
        Map<String, Object> memo = memo(true);
        if (memo == null) {
            return read.get();
        }
        @SuppressWarnings("unchecked")
        T known = (T) memo.get(key);
        if (known == null) {
            known = read.get();
            memo.put(key, known);
        }
        return known;
    }

    /** Call before changing an account or a membership. */
    public static void forget() {
        Map<String, Object> memo = memo(false);
        if (memo != null) {
            memo.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memo(boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object memo = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null && create) {
            memo = new HashMap<String, Object>();
            request.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Object>) memo;
    }
}
