package org.councilworkspace.search;

/** The index as searches see it: how many documents, how many bytes its files take, and whether it is rebuilding. */
public record IndexStatus(int documents, long bytes, boolean rebuilding) {
}
