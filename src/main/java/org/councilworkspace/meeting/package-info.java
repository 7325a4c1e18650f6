/**
 * Meetings of a council: invitations and attendance, agendas built from the draft, meeting packs, minutes with
 * decisions and action items, staged disclosure of minutes, and calendar files and feeds.
 */
package org.councilworkspace.meeting;
