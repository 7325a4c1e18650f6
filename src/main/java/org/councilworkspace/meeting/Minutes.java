package org.councilworkspace.meeting;

import java.util.List;

/**
 * The minutes as the person asking may see them: with {@code full} false only the released summary (staged
 * disclosure), with no items, decisions or action items. {@code version} is the version shown (while a correction is
 * open, readers of released minutes see the last approved version); {@code correction} the open correction, if any.
 */
public record Minutes(Meeting meeting, boolean full, List<AgendaItem> items, List<Decision> decisions,
                      List<ActionItem> actionItems, int version, Correction correction) {
}
