package org.councilworkspace.plan;

import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.CalendarDates;

/**
 * What another feature records with a plan version when it is frozen (see {@link VersionFrozen}) and gives back for
 * the version's page, its exports and comparisons; implemented by the implementation register, so that plans need
 * not know measures. The plan feature checks that the reader may read the version before it asks.
 */
public interface VersionSupplement {

    /** The heading of the items in the reader's language, e.g. "Measures frozen with this version". */
    String heading(Locale locale);

    /** The heading of their comparison between two versions, e.g. "Measures added, removed or changed". */
    String changesHeading(Locale locale);

    /** The items recorded with the version, in outline order, written in the language and calendar given. */
    List<FrozenItem> items(long versionId, CalendarDates dates);
}
