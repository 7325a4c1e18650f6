package org.councilworkspace.search;

/** Best matches first, or the most recently written first. */
public enum SearchOrder { RELEVANCE, NEWEST }
