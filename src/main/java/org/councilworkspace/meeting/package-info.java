/**
 * Meetings of a council: invitations and attendance, agendas built from the draft, meeting packs, minutes with
 * decisions and action items, staged disclosure of minutes, approved minutes kept as versions and corrected only on
 * the record, and calendar files and feeds.
 */
package org.councilworkspace.meeting;
