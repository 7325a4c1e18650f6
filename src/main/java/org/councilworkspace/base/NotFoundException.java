package org.councilworkspace.base;

/** The requested object does not exist (or is not visible to the caller, which reads the same). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
