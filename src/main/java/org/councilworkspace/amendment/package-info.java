/**
 * Amendments: proposed new text for a section with a rationale, members' support and opposition, and the
 * decision on each (accepted as a revision credited to the proposer, rejected with a reason, or withdrawn).
 * Open amendments follow the section's text as it changes, or are flagged when they conflict with it.
 */
package org.councilworkspace.amendment;
