package org.councilworkspace.plan;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The audit wording of a change of lead drafters: everyone before → everyone after, then who was added and removed. */
final class LeadChange {

    private LeadChange() {
    }

    static String describe(Collection<String> before, Collection<String> after, List<String> added, List<String> removed) {
        StringBuilder text = new StringBuilder(names(before)).append(" → ").append(names(after));
        if (!added.isEmpty()) {
            text.append("; added ").append(names(added));
        }
        if (!removed.isEmpty()) {
            text.append("; removed ").append(names(removed));
        }
        return text.toString();
    }

    private static String names(Collection<String> names) {
        return names.isEmpty() ? "(none)" : names.stream().sorted().collect(Collectors.joining(", "));
    }
}
