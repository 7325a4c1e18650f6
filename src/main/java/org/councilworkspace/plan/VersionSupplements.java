package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarDates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The records other features keep with plan versions (see {@link VersionSupplement}), gathered for one reader, and
 * two versions' records compared. Callers check that the reader may read the versions.
 */
@Component
class VersionSupplements {

    // A provider, not a list: the suppliers read plans themselves, so they are looked up when needed.
    private final ObjectProvider<VersionSupplement> suppliers;

    VersionSupplements(ObjectProvider<VersionSupplement> suppliers) {
        this.suppliers = suppliers;
    }

    /** One entry per supplier, in the same order for every version (an entry may have no items). */
    List<VersionRecords> records(long versionId, CalendarDates dates) {
        return suppliers.orderedStream().map(s -> new VersionRecords(s.heading(dates.locale()),
                s.changesHeading(dates.locale()), s.items(versionId, dates))).toList();
    }

    /**
     * The items added, changed (title or any detail line) and removed from one version to the other, each supplier's
     * in turn: those of the later version in its order, then the removed ones in the earlier version's order.
     */
    static List<RecordChanges> compare(List<VersionRecords> from, List<VersionRecords> to) {
        List<RecordChanges> all = new ArrayList<>();
        for (int i = 0; i < Math.min(from.size(), to.size()); i++) {
            Map<String, FrozenItem> before = byKey(from.get(i).items());
            Map<String, FrozenItem> after = byKey(to.get(i).items());
            List<FrozenItemChange> changes = new ArrayList<>();
            for (FrozenItem item : after.values()) {
                FrozenItem earlier = before.get(item.key());
                if (earlier == null) {
                    changes.add(new FrozenItemChange(FrozenItemChange.Kind.ADDED, item.title(), List.of(),
                            item.details()));
                } else if (!lines(earlier).equals(lines(item))) {
                    changes.add(new FrozenItemChange(FrozenItemChange.Kind.CHANGED, item.title(),
                            minus(lines(earlier), lines(item)), minus(lines(item), lines(earlier))));
                }
            }
            before.values().stream().filter(item -> !after.containsKey(item.key()))
                    .forEach(item -> changes.add(new FrozenItemChange(FrozenItemChange.Kind.REMOVED,
                            item.title(), item.details(), List.of())));
            all.add(new RecordChanges(to.get(i).changesHeading(), changes, !before.isEmpty() || !after.isEmpty()));
        }
        return all;
    }

    private static Map<String, FrozenItem> byKey(List<FrozenItem> items) {
        return items.stream().collect(Collectors.toMap(FrozenItem::key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** The title counts as a line, so a renamed item shows its old and new title. */
    private static List<String> lines(FrozenItem item) {
        List<String> lines = new ArrayList<>();
        lines.add(item.title());
        lines.addAll(item.details());
        return lines;
    }

    /** The lines of {@code a} that {@code b} does not have, each occurrence counted once. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> out = new ArrayList<>();
        for (String line : a) {
            if (!rest.remove(line)) {
                out.add(line);
            }
        }
        return out;
    }
}
