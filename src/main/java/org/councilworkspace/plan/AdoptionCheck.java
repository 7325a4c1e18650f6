package org.councilworkspace.plan;

import java.util.List;

/**
 * Something that must be settled before a plan may be adopted; the consensus feature supplies one
 * (every section agreed or overridden), so plans need not know how consensus is kept.
 */
public interface AdoptionCheck {

    /** Numbered titles of what still stands in the way; empty when adoption may go ahead. */
    List<String> blockers(long planId);
}
