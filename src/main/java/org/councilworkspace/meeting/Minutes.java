package org.councilworkspace.meeting;

import java.util.List;

/**
 * The minutes as the person asking may see them: with {@code full} false only the released summary (staged
 * disclosure), with no items, decisions or action items.
 */
public record Minutes(Meeting meeting, boolean full, List<AgendaItem> items, List<Decision> decisions,
                      List<ActionItem> actionItems) {
}
