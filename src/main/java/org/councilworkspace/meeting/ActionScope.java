package org.councilworkspace.meeting;

/** Which action items the tracker lists. */
public enum ActionScope {
    /** Mine, across every council. */
    MINE,
    /** The council's, as far as the person may read them. */
    COUNCIL
}
