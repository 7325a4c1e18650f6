/**
 * Bringing a plan in from the documents councils already have (Word, Markdown, plain text): the file is read into an
 * outline that the secretariat sees, with what cannot be carried over, before one section or revision is written.
 * Kept apart from the plan feature because it is all about foreign file formats and their hostile cases.
 */
package org.councilworkspace.planimport;
