package org.councilworkspace.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit summaries of a grouping change, before → after: which submission left which group and joined which.
 * A group is not versioned, so these entries are its only history. A big change is split over several entries,
 * each within the audit summary's length, so no submission drops off the end of a clipped line.
 */
final class GroupChanges {

    /** Below the audit's 1,000 characters, with room for the part count. */
    static final int MAX_SUMMARY = 900;
    private static final int MAX_LABEL = 80;

    /** One submission's move; a null group is "no group". */
    record Move(String receiptNo, Long fromGroup, String fromLabel, Long toGroup, String toLabel) {
        boolean changes() {
            return fromGroup == null ? toGroup != null : !fromGroup.equals(toGroup);
        }
    }

    private GroupChanges() {
    }

    static List<String> summaries(String what, List<Move> moves) {
        Map<Long, String> labels = new LinkedHashMap<>();
        for (Move m : moves) {
            if (m.fromGroup() != null) {
                labels.putIfAbsent(m.fromGroup(), m.fromLabel());
            }
            if (m.toGroup() != null) {
                labels.putIfAbsent(m.toGroup(), m.toLabel());
            }
        }
        StringBuilder head = new StringBuilder(what);
        labels.forEach((id, label) -> head.append(head.length() == what.length() ? " (" : ", ")
                .append("group ").append(id).append(" \"").append(clip(label)).append('"'));
        if (!labels.isEmpty()) {
            head.append(')');
        }
        head.append(": ");
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(head);
        for (Move m : moves) {
            String line = m.receiptNo() + " " + name(m.fromGroup()) + " → " + name(m.toGroup());
            if (part.length() > head.length() && part.length() + line.length() + 2 > MAX_SUMMARY) {
                parts.add(part.toString());
                part = new StringBuilder(head);
            }
            part.append(part.length() > head.length() ? "; " : "").append(line);
        }
        parts.add(part.toString());
        if (parts.size() == 1) {
            return parts;
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            numbered.add(parts.get(i) + " [part " + (i + 1) + " of " + parts.size() + "]");
        }
        return numbered;
    }

    private static String name(Long group) {
        return group == null ? "no group" : "group " + group;
    }

    private static String clip(String label) {
        return label == null || label.length() <= MAX_LABEL ? String.valueOf(label) : label.substring(0, MAX_LABEL) + "…";
    }
}
