package org.councilworkspace.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One copy of each recently read revision text for the whole server. Every open tab of a section keeps the
 * section's current text (for its editor and comparisons), read afresh for each tab: fifty readers of one
 * section held fifty equal copies. A revision's text never changes, so the one remembered for its id stands in
 * for every later read of it (compared first: a cheap check next to the read itself). Bounded by the total of remembered characters; the least recently read fall out.
 */
final class SharedBodies {

    private final long budgetChars;
    private final LinkedHashMap<Long, String> bodies = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    SharedBodies(long budgetChars) {
        this.budgetChars = budgetChars;
    }

    /** The remembered text of that revision if it equals the one read (it always should), else this one. */
    synchronized String shared(long revisionId, String body) {
        String known = bodies.get(revisionId);
        if (body.equals(known)) {
            return known;
        }
        if (body.length() > budgetChars / 8) {
            return body;
        }
        String replaced = bodies.put(revisionId, body);
        chars += body.length() - (replaced == null ? 0 : replaced.length());
        var oldest = bodies.entrySet().iterator();
        while (chars > budgetChars && oldest.hasNext()) {
            Map.Entry<Long, String> e = oldest.next();
            chars -= e.getValue().length();
            oldest.remove();
        }
        return body;
    }

    synchronized int size() {
        return bodies.size();
    }
}
