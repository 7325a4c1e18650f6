package org.councilworkspace.base;

/** Someone else changed the record since it was read; the caller must reload instead of overwriting. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else");
    }
}
