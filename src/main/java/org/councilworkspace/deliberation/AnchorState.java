package org.councilworkspace.deliberation;

/** SECTION: on the section as a whole; ANCHORED: its passage is in the current text; OUTDATED: the passage is gone. */
public enum AnchorState { SECTION, ANCHORED, OUTDATED }
