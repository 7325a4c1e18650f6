package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.Looks;
import org.councilworkspace.plan.text.WordDiff;

/**
 * Compares two frozen versions section by section. A section counts as moved when its parent changed
 * or its place among the siblings both versions share changed; a new section before it does not move it.
 */
final class VersionComparer {

    private VersionComparer() {
    }

    static List<SectionChange> compare(List<VersionSection> before, List<VersionSection> after) {
        Map<Long, VersionSection> old = index(before);
        Map<Long, VersionSection> now = index(after);
        // Sections are diffed independently, so a long plan uses every core.
        List<SectionChange> changes = new ArrayList<>(after.parallelStream()
                .map(a -> change(a, old.get(a.sectionId()), before, after, old, now)).toList());
        for (VersionSection b : before) {
            if (!now.containsKey(b.sectionId())) {
                changes.add(new SectionChange(b.sectionId(), SectionChange.Kind.REMOVED, b, null,
                        WordDiff.diff(b.body(), "", Locale.ROOT), 0));
            }
        }
        return changes;
    }

    private static SectionChange change(VersionSection a, VersionSection b, List<VersionSection> before,
                                        List<VersionSection> after, Map<Long, VersionSection> old,
                                        Map<Long, VersionSection> now) {
        if (b == null) {
            return new SectionChange(a.sectionId(), SectionChange.Kind.ADDED, null, a,
                    WordDiff.diff("", a.body(), Locale.ROOT), 0);
        }
        List<DiffSegment> diff = Objects.equals(a.revisionId(), b.revisionId()) ? List.of()
                : WordDiff.diff(b.body(), a.body(), Locale.ROOT);
        int words = WordDiff.changedWords(diff);
        // Formatting alone (a word made bold, a line made a list item) changes no word but is a change of the text.
        // Looked for only where no word changed and something did: every other section costs nothing more.
        boolean looks = words == 0 && diff.size() > 1 && !Looks.of(diff).isEmpty();
        SectionChange.Kind kind = words > 0 || looks ? SectionChange.Kind.CHANGED
                : moved(b, a, before, after, old, now) ? SectionChange.Kind.MOVED
                : !a.title().equals(b.title()) ? SectionChange.Kind.RENAMED
                : SectionChange.Kind.UNCHANGED;
        return new SectionChange(a.sectionId(), kind, b, a, words > 0 || looks ? diff : List.of(), words);
    }

    private static boolean moved(VersionSection b, VersionSection a, List<VersionSection> before,
                                 List<VersionSection> after, Map<Long, VersionSection> old, Map<Long, VersionSection> now) {
        if (!Objects.equals(a.parentSectionId(), b.parentSectionId())) {
            return true;
        }
        return sharedRank(b, before, now) != sharedRank(a, after, old);
    }

    /** The section's index among its siblings that also exist in the other version. */
    private static int sharedRank(VersionSection s, List<VersionSection> list, Map<Long, VersionSection> other) {
        int rank = 0;
        for (VersionSection x : list) {
            if (x.sectionId() == s.sectionId()) {
                return rank;
            }
            if (Objects.equals(x.parentSectionId(), s.parentSectionId()) && other.containsKey(x.sectionId())) {
                rank++;
            }
        }
        return rank;
    }

    private static Map<Long, VersionSection> index(List<VersionSection> sections) {
        Map<Long, VersionSection> map = new LinkedHashMap<>();
        sections.forEach(s -> map.put(s.sectionId(), s));
        return map;
    }
}
