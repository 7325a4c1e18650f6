/**
 * Consultation rounds on a frozen plan version: invited organizations or the public submit comments, the
 * secretariat moderates, groups and answers them, and publishes the comment-response table.
 */
package org.councilworkspace.consultation;
