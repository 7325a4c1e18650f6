package org.councilworkspace.plan;

import java.util.List;

/**
 * One feature's recorded items compared between two versions, under its heading (e.g. "Measures added, removed or
 * changed"). {@code recorded} is false when neither version has any such item, so pages and exports can leave the
 * heading out for plans that keep none.
 */
public record RecordChanges(String heading, List<FrozenItemChange> changes, boolean recorded) {

    public RecordChanges {
        changes = List.copyOf(changes);
    }
}
