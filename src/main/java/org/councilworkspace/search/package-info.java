/**
 * Search over what a person may read: an embedded Lucene index of sections' current text and comments, kept up to
 * date from the features' events after each commit, rebuilt from the database when missing or outdated, and
 * filtered by the same reading rules as the pages.
 */
package org.councilworkspace.search;
