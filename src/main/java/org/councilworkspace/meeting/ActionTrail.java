package org.councilworkspace.meeting;

import java.util.List;

/** An action item with the meetings that discussed it, oldest first, starting with the one that recorded it. */
public record ActionTrail(ActionItem item, List<TrailEntry> meetings) {
}
