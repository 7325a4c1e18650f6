package org.councilworkspace.plan;

import java.util.List;

/**
 * Something another feature recorded with a plan version when it was frozen (a measure of the implementation
 * register), written out for one reader: the section it belongs to, its title and its details line by line. The key
 * names the same item in every version of the plan, so two versions can be compared item by item.
 */
public record FrozenItem(String key, long sectionId, String title, List<String> details) {

    public FrozenItem {
        details = List.copyOf(details);
    }
}
