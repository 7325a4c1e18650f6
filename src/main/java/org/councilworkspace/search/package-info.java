/**
 * Search over what a person may read: an index of the features' texts, kept up to date from their events after each
 * commit, rebuilt from the database when missing or outdated, and filtered by the same reading rules as the pages.
 * The index is kept by a {@code SearchEngine}: embedded Lucene by default, or an OpenSearch cluster.
 */
package org.councilworkspace.search;
