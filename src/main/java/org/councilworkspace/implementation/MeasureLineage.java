package org.councilworkspace.implementation;

import java.util.List;
import java.util.Optional;

/**
 * A measure across plan cycles: the measure of the earlier plan it was carried over from, if any, and the measures of
 * later plans it was carried over into.
 */
public record MeasureLineage(Optional<MeasureLink> carriedFrom, List<MeasureLink> carriedInto) {

    public MeasureLineage {
        carriedInto = List.copyOf(carriedInto);
    }
}
