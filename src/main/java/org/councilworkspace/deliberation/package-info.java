/**
 * Deliberation on the draft: comment threads on a section, optionally anchored to a quoted passage that follows
 * the text as it is revised, with replies, mentions, edits that keep the earlier wording, and resolve/reopen.
 */
package org.councilworkspace.deliberation;
